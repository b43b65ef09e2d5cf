using System.IO.Compression;
using System.Net;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Infrastructure;

/// <summary>How files and pages reach the phone: fingerprinted, precompressed static files; public pages compressed, pages with health data never (docs/adr/0013-delivery.md).</summary>
public sealed class DeliveryTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly Browser _browser = app.CreateBrowser();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task A_fingerprinted_stylesheet_is_immutable_for_a_year_and_sent_with_Brotli_when_asked()
    {
        var home = await _browser.OpenAsync("/");
        var href = home.Find("link[rel=stylesheet]").GetAttribute("href").ShouldNotBeNull();
        using var plain = await _browser.Client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        using var response = await GetAsync(href, "br");

        href.ShouldMatch(@"^/css/site\.[0-9a-z]{10}\.css$");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        response.Headers.CacheControl.ShouldNotBeNull().MaxAge.ShouldBe(TimeSpan.FromDays(365));
        response.Headers.GetValues("Cache-Control").Single().ShouldContain("immutable");
        response.Headers.Vary.ShouldContain("Accept-Encoding");
        (await BrotliTextAsync(response)).ShouldBe(await plain.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_plain_address_of_a_static_file_is_revalidated_rather_than_kept()
    {
        using var response = await GetAsync("/js/app.js", "br");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull().NoCache.ShouldBeTrue();
        response.Headers.ETag.ShouldNotBeNull();
    }

    [Fact]
    public async Task Modules_import_each_other_through_the_import_map_by_fingerprinted_urls()
    {
        var player = await _browser.OpenAsync($"/sessions/{(await Journeys.StartTodaysSessionAsync(_browser, app.Clock.GetUtcNow())).SessionId}");
        var map = PageAssets.ImportMapOf(player);

        var assets = await PageAssets.LoadAsync(_browser, player);

        map.Keys.ShouldContain("/js/words.js");
        var scripts = assets.Where(a => a.Path.EndsWith(".js", StringComparison.Ordinal)).ToList();
        scripts.Count.ShouldBeGreaterThan(5, "the player and the modules it imports");
        scripts.Where(a => a.Status != HttpStatusCode.OK).ShouldBeEmpty();
        scripts.Select(a => a.Path).Where(p => !map.Values.Contains(p)).ShouldBeEmpty("every script loads by its fingerprinted URL");
        foreach (var (plain, fingerprinted) in map)
        {
            using var response = await _browser.Client.GetAsync(new Uri(fingerprinted, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, fingerprinted);
            response.Headers.GetValues("Cache-Control").Single().ShouldContain("immutable", customMessage: fingerprinted);
            using var original = await _browser.Client.GetAsync(new Uri(plain, UriKind.Relative));
            (await response.Content.ReadAsStringAsync()).ShouldBe(await original.Content.ReadAsStringAsync(), plain);
        }
    }

    [Theory]
    [InlineData("/exercises")]
    [InlineData("/exercises/pigeon-pose")]
    [InlineData("/learn")]
    [InlineData("/sources")]
    public async Task A_public_page_is_compressed_when_the_client_accepts_it(string url)
    {
        using var brotli = await GetAsync(url, "br, gzip");
        using var gzip = await GetAsync(url, "gzip");
        using var none = await GetAsync(url, null);

        brotli.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        (await BrotliTextAsync(brotli)).ShouldContain("</html>");
        gzip.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        none.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await none.Content.ReadAsStringAsync()).ShouldContain("</html>");
    }

    [Theory]
    [InlineData("home")]
    [InlineData("check-in")]
    [InlineData("plan")]
    [InlineData("history")]
    [InlineData("progress")]
    public async Task A_page_with_health_data_or_a_form_token_is_never_compressed(string name)
    {
        var url = name switch
        {
            "plan" => $"/plans/{await Journeys.CheckInAsync(_browser, app.Clock.GetUtcNow())}",
            "home" => "/",
            _ => "/" + name,
        };

        using var response = await GetAsync(url, "br, gzip");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBeEmpty();
        (await response.Content.ReadAsStringAsync()).ShouldContain("</html>");
    }

    [Fact]
    public async Task The_whole_library_is_rendered_once_and_a_search_is_rendered_for_itself()
    {
        var first = await _browser.OpenAsync("/exercises");
        var again = await _browser.OpenAsync("/exercises");
        var search = await _browser.OpenAsync("/exercises?q=knee");

        again.Html.ShouldBe(first.Html);
        again.Response.Headers.Age.ShouldNotBeNull("the second answer came from the output cache");
        search.Response.Headers.Age.ShouldBeNull();
        search.Text.ShouldContain("Showing");
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        return await _browser.Client.SendAsync(request);
    }

    private static async Task<string> BrotliTextAsync(HttpResponseMessage response)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using var brotli = new BrotliStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(brotli);
        return await reader.ReadToEndAsync();
    }
}
