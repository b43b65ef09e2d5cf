using System.Net;
using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Api;

public sealed class CatalogEndpointTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_catalog_is_every_record_as_the_cli_prints_it()
    {
        using var response = await _client.GetAsync(new Uri("/api/catalog", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await response.Content.ReadAsStringAsync()).ShouldBe(LimberJson.Serialize(KnowledgeBase.Embedded.Records));
    }

    [Fact]
    public async Task Every_catalog_record_has_the_contract_fields()
    {
        using var response = await _client.GetAsync(new Uri("/api/catalog", UriKind.Relative));

        using var catalog = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        catalog.RootElement.GetArrayLength().ShouldBeGreaterThan(0);
        foreach (var record in catalog.RootElement.EnumerateArray())
        {
            foreach (var field in (string[])["id", "name", "aliases", "kind", "stage", "position", "equipment", "targets", "movements", "dose", "contraindications", "easier", "harder", "sources"])
            {
                record.TryGetProperty(field, out _).ShouldBeTrue($"{record.GetProperty("id")} lacks {field}");
            }
        }
    }
}
