using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Limber.Web.Tests.Api;

/// <summary>Small helpers for calling the JSON API and reading problem+json answers.</summary>
internal static class ApiClient
{
    public static Task<HttpResponseMessage> PostJsonTextAsync(this HttpClient client, string url, string json)
    {
        var content = new StringContent(json, Encoding.UTF8, "application/json");
        return client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(new Uri(url, UriKind.Relative), body);

    /// <summary>The <c>errors</c> of a problem+json response, field by field.</summary>
    public static async Task<Dictionary<string, string[]>> ErrorsAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe((int)response.StatusCode);
        return problem.RootElement.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray(), StringComparer.Ordinal);
    }
}
