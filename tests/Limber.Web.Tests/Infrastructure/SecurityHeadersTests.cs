using System.Net;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Infrastructure;

public sealed class SecurityHeadersTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient(new() { AllowAutoRedirect = false });

    public void Dispose() => _client.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/check-in")]
    [InlineData("/no/such/page")]
    [InlineData("/api/catalog")]
    [InlineData("/api/sessions/00000000-0000-0000-0000-000000000000")]
    [InlineData("/healthz")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/css/site.css")]
    [InlineData("/js/app.js")]
    public async Task Every_response_carries_a_strict_content_security_policy_and_nosniff(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        ShouldBeProtected(response);
    }

    [Fact]
    public async Task An_api_error_carries_the_headers_too()
    {
        using var content = new StringContent("{", System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/api/plan", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ShouldBeProtected(response);
    }

    [Fact]
    public async Task The_error_page_carries_the_headers_too()
    {
        using var broken = new LimberWebFactory();
        using var client = broken.CreateClient();
        await broken.DropTableAsync("Sessions");

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        ShouldBeProtected(response);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [Fact]
    public async Task Pages_cannot_be_framed_and_send_no_referrer()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        Policy(response)["frame-ancestors"].ShouldBe(["'none'"]);
    }

    private static void ShouldBeProtected(HttpResponseMessage response)
    {
        var policy = Policy(response);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        policy["default-src"].ShouldBe(["'self'"]);
        // 'self', and the hash of the pages' import map: the one inline script allowed (checked against the map in PageMarkupTests).
        policy["script-src"].Length.ShouldBe(2);
        policy["script-src"][0].ShouldBe("'self'");
        policy["script-src"][1].ShouldMatch("^'sha256-[A-Za-z0-9+/]{43}='$");
        policy["object-src"].ShouldBe(["'none'"]);
        foreach (var (directive, sources) in policy)
        {
            sources.ShouldNotContain("'unsafe-inline'", directive);
            sources.ShouldNotContain("'unsafe-eval'", directive);
            sources.ShouldNotContain("*", directive);
            sources.ShouldAllBe(s => !s.StartsWith("http", StringComparison.Ordinal), directive);
        }
    }

    /// <summary>The Content-Security-Policy header, directive by directive.</summary>
    private static Dictionary<string, string[]> Policy(HttpResponseMessage response)
    {
        var header = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        return header.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0], d => d[1..], StringComparer.Ordinal);
    }
}
