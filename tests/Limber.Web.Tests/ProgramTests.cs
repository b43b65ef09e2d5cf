using System.Net;
using System.Text.Json;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests;

public sealed class ProgramTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task The_health_check_reports_healthy()
    {
        using var response = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        paths.GetProperty("/api/plan").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/catalog").TryGetProperty("get", out _).ShouldBeTrue();
        var names = paths.EnumerateObject().Select(p => p.Name).ToList();
        foreach (var endpoint in (string[])["progress", "finish", "rating", "next-day"])
        {
            names.ShouldContain(n => n.StartsWith("/api/sessions/{id}", StringComparison.Ordinal) && n.EndsWith(endpoint, StringComparison.Ordinal), endpoint);
        }
    }

    [Fact]
    public async Task An_unknown_address_shows_the_not_found_page()
    {
        using var browser = app.CreateBrowser();

        var page = await browser.GetAsync("/no/such/page");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Find("h1").TextContent.ShouldBe("Not found");
        page.Find("main a[href='/check-in']").ShouldNotBeNull();
    }

    [Fact]
    public async Task An_unexpected_error_shows_the_error_page_with_status_500()
    {
        using var broken = new LimberWebFactory();
        using var browser = broken.CreateBrowser();
        await broken.DropTableAsync("Sessions");

        var page = await browser.GetAsync("/");

        page.Status.ShouldBe(HttpStatusCode.InternalServerError);
        page.Find("h1").TextContent.ShouldBe("Something went wrong");
        page.Text.ShouldNotContain("SqliteException");
    }

    [Fact]
    public async Task An_unexpected_error_while_posting_a_form_shows_the_error_page_too()
    {
        using var broken = new LimberWebFactory();
        using var browser = broken.CreateBrowser();
        var form = await Journeys.FilledCheckInAsync(browser, broken.Clock.GetUtcNow());
        await broken.DropTableAsync("Plans");

        var page = await browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.InternalServerError);
        page.Find("h1").TextContent.ShouldBe("Something went wrong");
    }

    [Fact]
    public async Task A_post_to_an_unknown_address_is_not_found()
    {
        using var content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync(new Uri("/no/such/endpoint", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
