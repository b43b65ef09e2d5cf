using System.Net;
using System.Xml.Linq;
using Limber.Core.Catalog;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Figures;

public sealed class FigureEndpointsTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly HttpClient _client = app.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_figure_is_an_svg_image_that_may_run_no_script_and_is_revalidated_at_an_unversioned_address()
    {
        using var response = await _client.GetAsync(new Uri("/figures/pigeon-pose.svg", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var policy = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        policy.ShouldStartWith("default-src 'none'");
        policy.ShouldNotContain("script-src");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.ETag.ShouldNotBeNull();
        response.Headers.CacheControl.ShouldNotBeNull().NoCache.ShouldBeTrue();
    }

    [Fact]
    public async Task The_figure_a_page_links_is_versioned_and_cached_for_a_year_as_immutable()
    {
        using var browser = app.CreateBrowser();
        var page = await browser.OpenAsync("/exercises/pigeon-pose");
        var src = page.Find("main img[src^='/figures/']").GetAttribute("src").ShouldNotBeNull();

        using var response = await _client.GetAsync(new Uri(src, UriKind.Relative));

        src.ShouldStartWith("/figures/pigeon-pose.svg?v=");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull().Public.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        response.Headers.GetValues("Cache-Control").Single().ShouldContain("immutable");
    }

    [Fact]
    public async Task A_figure_with_another_build_s_version_is_not_cached_as_immutable()
    {
        using var response = await _client.GetAsync(new Uri("/figures/pigeon-pose.svg?v=000000000000", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull().NoCache.ShouldBeTrue();
    }

    [Fact]
    public async Task Every_catalog_record_has_a_figure_titled_with_its_name_and_nothing_active_in_it()
    {
        foreach (var record in KnowledgeBase.Embedded.Records)
        {
            using var response = await _client.GetAsync(new Uri($"/figures/{record.Id}.svg", UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, record.Id);

            var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root.ShouldNotBeNull();
            svg.Name.ShouldBe(Svg + "svg", record.Id);
            svg.Element(Svg + "title").ShouldNotBeNull(record.Id).Value.ShouldBe(record.Name);
            svg.Descendants().Where(e => e.Name.LocalName is "script" or "foreignObject" or "image" or "use" or "a")
                .Select(e => e.Name.LocalName).ShouldBeEmpty(record.Id);
            svg.DescendantsAndSelf().SelectMany(e => e.Attributes())
                .Where(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || a.Name.LocalName == "href")
                .Select(a => a.Name.LocalName).ShouldBeEmpty(record.Id);
        }
    }

    [Theory]
    [InlineData("/figures/cat-cow.svg?still=1")]
    [InlineData("/figures/seated-hamstring-stretch.svg?mirror=1&still=1")]
    public async Task A_still_figure_draws_one_pose_and_animates_nothing(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root.ShouldNotBeNull();
        svg.Descendants(Svg + "animate").ShouldBeEmpty();
        svg.Descendants(Svg + "path").ShouldNotBeEmpty();
        svg.Descendants().Where(e => (string?)e.Attribute("class") == "moving").ShouldBeEmpty();
        (url.Contains("mirror", StringComparison.Ordinal) == svg.ToString().Contains("scale(-1 1)", StringComparison.Ordinal)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_moving_figure_and_its_still_pose_are_told_apart_by_their_etags()
    {
        using var moving = await _client.GetAsync(new Uri("/figures/cat-cow.svg", UriKind.Relative));
        using var still = await _client.GetAsync(new Uri("/figures/cat-cow.svg?still=1", UriKind.Relative));

        XDocument.Parse(await moving.Content.ReadAsStringAsync()).Descendants(Svg + "animate").ShouldNotBeEmpty();
        still.Headers.ETag.ShouldNotBe(moving.Headers.ETag);
    }

    [Fact]
    public async Task A_figure_the_browser_already_has_is_not_sent_again()
    {
        using var first = await _client.GetAsync(new Uri("/figures/cat-cow.svg", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/figures/cat-cow.svg", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(first.Headers.ETag.ShouldNotBeNull());

        using var second = await _client.SendAsync(request);

        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await second.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_mirrored_figure_is_a_different_drawing_with_its_own_etag()
    {
        using var plain = await _client.GetAsync(new Uri("/figures/pigeon-pose.svg", UriKind.Relative));
        using var mirrored = await _client.GetAsync(new Uri("/figures/pigeon-pose.svg?mirror=1", UriKind.Relative));

        mirrored.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await mirrored.Content.ReadAsStringAsync()).ShouldNotBe(await plain.Content.ReadAsStringAsync());
        mirrored.Headers.ETag.ShouldNotBe(plain.Headers.ETag);
    }

    [Theory]
    [InlineData("/figures/nope.svg")]
    [InlineData("/figures/pigeon-pose.png")]
    [InlineData("/figures/pigeon-pose")]
    public async Task An_unknown_figure_is_not_found(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
