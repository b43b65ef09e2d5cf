using System.Net;
using Limber.Core.Catalog;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages.Exercises;

public sealed class ExercisesPagesTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Embedded;

    private readonly Browser _browser = app.CreateBrowser();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task The_library_lists_every_record_with_a_link_to_it()
    {
        var page = await _browser.OpenAsync("/exercises");

        var items = page.FindAll("li[data-exercise]");
        items.Select(li => li.GetAttribute("data-exercise")).ShouldBe(Knowledge.Records.Select(r => r.Id), ignoreOrder: true);
        foreach (var item in items)
        {
            var id = item.GetAttribute("data-exercise");
            item.QuerySelector("h3 a").ShouldNotBeNull().GetAttribute("href").ShouldBe($"/exercises/{id}");
        }

        page.Find("#match-count").TextContent.ShouldContain($"All {Knowledge.Records.Count} ");
    }

    [Fact]
    public async Task Kind_and_position_filters_narrow_the_list_and_stay_selected()
    {
        var expected = Knowledge.Records.Where(r => r.Kind == RecordKind.Stretch && r.Position == Position.Prone).Select(r => r.Id).ToList();
        expected.ShouldNotBeEmpty();

        var page = await _browser.OpenAsync("/exercises?kind=stretch&position=prone");

        page.FindAll("li[data-exercise]").Select(li => li.GetAttribute("data-exercise")).ShouldBe(expected, ignoreOrder: true);
        page.Find("#kind option[selected]").GetAttribute("value").ShouldBe("stretch");
        page.Find("#position option[selected]").GetAttribute("value").ShouldBe("prone");
        page.Find("#match-count").TextContent.ShouldContain($"Showing {expected.Count} of {Knowledge.Records.Count}");
    }

    [Fact]
    public async Task Equipment_and_body_area_filters_narrow_the_list()
    {
        var expected = Knowledge.Records.Where(r => r.Equipment.Contains("chair") && r.Targets.Contains("hamstrings")).Select(r => r.Id).ToList();

        var page = await _browser.OpenAsync("/exercises?equipment=chair&target=hamstrings");

        page.FindAll("li[data-exercise]").Select(li => li.GetAttribute("data-exercise")).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public async Task Search_finds_a_record_by_another_of_its_names()
    {
        var record = Knowledge.Records.First(r => r.Aliases.Any(a => !r.Name.Contains(a, StringComparison.OrdinalIgnoreCase)));
        var alias = record.Aliases.First(a => !record.Name.Contains(a, StringComparison.OrdinalIgnoreCase));

        var page = await _browser.OpenAsync($"/exercises?q={Uri.EscapeDataString(alias)}");

        page.FindAll("li[data-exercise]").Select(li => li.GetAttribute("data-exercise")).ShouldContain(record.Id);
        page.Find("#q").GetAttribute("value").ShouldBe(alias);
    }

    [Fact]
    public async Task A_filter_value_that_is_not_known_is_ignored_and_said_so()
    {
        var page = await _browser.OpenAsync("/exercises?kind=yoga");

        page.Find("#ignored-filters").TextContent.ShouldContain("yoga");
        page.FindAll("li[data-exercise]").Count.ShouldBe(Knowledge.Records.Count);
    }

    [Fact]
    public async Task Search_words_and_unknown_filters_are_echoed_as_text_only()
    {
        const string typed = "\"><script>alert(1)</script>";

        var page = await _browser.OpenAsync($"/exercises?q={Uri.EscapeDataString(typed)}&kind={Uri.EscapeDataString("<b>yoga</b>")}");

        page.Find("#q").GetAttribute("value").ShouldBe(typed);
        page.Find("#ignored-filters").TextContent.ShouldContain("<b>yoga</b>");
        page.FindAll("#ignored-filters b, script:not([src]):not([type=importmap])").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_search_that_matches_nothing_says_so()
    {
        var page = await _browser.OpenAsync("/exercises?q=zzzzqqq");

        page.FindAll("li[data-exercise]").ShouldBeEmpty();
        page.Text.ShouldContain("Nothing matches");
    }

    [Fact]
    public async Task Pigeon_pose_shows_its_steps_sources_and_hip_replacement_among_who_it_is_not_for()
    {
        var record = Knowledge.Find("pigeon-pose").ShouldNotBeNull();

        var page = await _browser.OpenAsync("/exercises/pigeon-pose");

        page.Find("h1").TextContent.ShouldBe(record.Name);
        page.Text.ShouldContain("How to do it");
        record.Steps.ShouldNotBeEmpty();
        foreach (var step in record.Steps)
        {
            page.Text.ShouldContain(HtmlPage.Collapse(step));
        }

        page.FindAll("ul.sources > li strong").Select(s => s.TextContent).ShouldBe(record.Sources);
        var notFor = page.FindAll("h2").Single(h => h.TextContent.StartsWith("Not for you", StringComparison.Ordinal)).NextElementSibling.ShouldNotBeNull();
        notFor.TextContent.ShouldContain("hip replacement", Case.Insensitive);
        page.Find("img[src^='/figures/pigeon-pose.svg?v=']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Every_record_has_a_page_naming_it()
    {
        foreach (var record in Knowledge.Records)
        {
            var page = await _browser.GetAsync($"/exercises/{record.Id}");

            page.Status.ShouldBe(HttpStatusCode.OK, record.Id);
            page.Find("h1").TextContent.ShouldBe(record.Name, record.Id);
        }
    }

    [Theory]
    [InlineData("/exercises/nope")]
    [InlineData("/exercises/Pigeon-Pose-2")]
    public async Task An_unknown_exercise_is_not_found(string url)
    {
        var page = await _browser.GetAsync(url);

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Find("h1").TextContent.ShouldBe("Not found");
    }
}
