using System.Net;
using Limber.Core.Learn;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages.Learn;

public sealed class LearnPagesTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly Browser _browser = app.CreateBrowser();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task Learn_lists_at_least_eight_articles_each_with_its_read_time()
    {
        var page = await _browser.OpenAsync("/learn");

        var items = page.FindAll("main li[data-article]");
        items.Length.ShouldBeGreaterThanOrEqualTo(8);
        foreach (var item in items)
        {
            var link = item.QuerySelector("h2 a").ShouldNotBeNull();
            link.GetAttribute("href").ShouldBe($"/learn/{item.GetAttribute("data-article")}");
            HtmlPage.Collapse(item.TextContent).ShouldMatch(@"\d+ min read");
        }
    }

    [Fact]
    public async Task Every_article_shows_its_read_time_under_the_title_numbered_references_and_related_exercises()
    {
        foreach (var article in LearnLibrary.Embedded.Articles)
        {
            var page = await _browser.OpenAsync(article.Page);

            var title = page.Find("main h1");
            title.TextContent.ShouldBe(article.Title);
            title.NextElementSibling.ShouldNotBeNull().TextContent.ShouldMatch(@"^\d+ min read$");

            var references = page.FindAll("main ol.references > li");
            references.Select(li => li.QuerySelector("a")!.GetAttribute("href")).ShouldBe(article.Sources.Select(id => $"/sources#{id}"), article.Slug);
            page.FindAll("main .article-body a[href^='#ref-']").Select(a => a.GetAttribute("href"))
                .ShouldAllBe(href => references.Any(li => "#" + li.Id == href));

            var related = page.FindAll("main ul[aria-labelledby=related] a").Select(a => a.GetAttribute("href") ?? "").ToList();
            related.ShouldBe(article.Exercises.Select(id => $"/exercises/{id}"), article.Slug);
        }
    }

    [Fact]
    public async Task Every_link_in_an_article_leads_to_a_page_that_exists()
    {
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in LearnLibrary.Embedded.Articles)
        {
            var page = await _browser.OpenAsync(article.Page);
            links.UnionWith(page.FindAll("main article a[href^='/']").Select(a => a.GetAttribute("href")!.Split('#')[0]));
        }

        foreach (var link in links)
        {
            (await _browser.GetAsync(link)).Status.ShouldBe(HttpStatusCode.OK, link);
        }
    }

    [Fact]
    public async Task The_sources_page_has_the_anchor_each_reference_links_to()
    {
        var page = await _browser.OpenAsync("/sources");

        LearnLibrary.Embedded.Articles.SelectMany(a => a.Sources).Distinct()
            .Where(id => !page.Has($"[id='{id}']"))
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task An_article_s_citations_are_numbered_links_to_its_references()
    {
        var page = await _browser.OpenAsync("/learn/heat-or-cold");

        var first = page.FindAll("main .article-body a[href^='#ref-']")[0];
        first.TextContent.ShouldBe("[1]");
        page.Find("#ref-1 a").GetAttribute("href").ShouldBe("/sources#COCHRANE-HEAT-2006");
        page.Html.ShouldNotContain("{COCHRANE-HEAT-2006}");
    }

    [Fact]
    public async Task An_unknown_article_answers_404()
    {
        var page = await _browser.GetAsync("/learn/no-such-article");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_main_navigation_links_to_learn_and_reminders()
    {
        var page = await _browser.OpenAsync("/");

        var nav = page.FindAll("nav[aria-label=Main] a").Select(a => a.GetAttribute("href")).ToList();
        nav.ShouldContain("/learn");
        nav.ShouldContain("/reminders");
    }
}
