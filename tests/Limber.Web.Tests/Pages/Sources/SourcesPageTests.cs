using Limber.Core.Catalog;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages.Sources;

public sealed class SourcesPageTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly Browser _browser = app.CreateBrowser();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task The_sources_page_starts_with_the_disclaimer()
    {
        var page = await _browser.OpenAsync("/sources");

        var disclaimer = page.Find("#disclaimer");
        disclaimer.TextContent.ShouldContain("not a diagnosis");
        disclaimer.TextContent.ShouldContain("does not replace a doctor");
        page.FindAll("main h2, main section")[0].ShouldBe(disclaimer);
    }

    [Fact]
    public async Task The_five_articles_are_listed_as_S0_to_S4()
    {
        var page = await _browser.OpenAsync("/sources");

        foreach (var id in (string[])["S0", "S1", "S2", "S3", "S4"])
        {
            var item = page.Find($"li#source-{id}");
            item.QuerySelector("strong").ShouldNotBeNull().TextContent.ShouldBe(id);
            item.TextContent.ShouldContain(KnowledgeBase.Embedded.FindSource(id).ShouldNotBeNull().Title);
        }
    }

    [Fact]
    public async Task Every_source_the_catalog_cites_has_an_entry_to_link_to()
    {
        var cited = KnowledgeBase.Embedded.Records.SelectMany(r => r.Sources)
            .Concat(KnowledgeBase.Embedded.Records.SelectMany(r => r.DoseSources.Select(d => d.Source)))
            .Distinct()
            .ToList();

        var page = await _browser.OpenAsync("/sources");

        cited.Where(id => !page.Has($"[id='source-{id}']")).ShouldBeEmpty();
    }
}
