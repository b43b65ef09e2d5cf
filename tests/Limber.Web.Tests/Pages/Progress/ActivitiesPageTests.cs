using System.Globalization;
using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Pages.Progress;

/// <summary>The PSFS page stores into the database the progress page reads, so each test gets its own app.</summary>
public sealed class ActivitiesPageTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly Browser _browser;

    public ActivitiesPageTests() => _browser = _app.CreateBrowser();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    /// <summary>Fills the first rows with the activities (name and rating) and clears the rest.</summary>
    private async Task<FormData> FilledAsync(params (string Name, string Score)[] rows)
    {
        var form = (await _browser.OpenAsync("/progress/activities")).Form("#psfs");
        for (var i = 0; i < 5; i++)
        {
            var (name, score) = i < rows.Length ? rows[i] : ("", "");
            form.Set($"Form[{i}].Name", name).Set($"Form[{i}].Score", score);
        }

        return form;
    }

    private async Task<HttpResponseMessage> RateAsync(params (string Name, string Score)[] rows) =>
        await _browser.SubmitAsync(await FilledAsync(rows));

    private Task<int> StoredAsync() => _app.WithDbAsync(db => db.Questionnaires.CountAsync(q => q.Instrument == "psfs"));

    [Fact]
    public async Task The_first_time_the_page_offers_five_empty_activities_with_instructions()
    {
        var page = await _browser.OpenAsync("/progress/activities");

        page.FindAll("#psfs fieldset.activity").Length.ShouldBe(5);
        page.FindAll("#psfs input[type=text]").ShouldAllBe(i => string.IsNullOrEmpty(i.GetAttribute("value")));
        page.Find("#psfs-how").TextContent.ShouldContain("0");
        page.Find("#psfs-how").TextContent.ShouldContain("every two weeks");
    }

    [Fact]
    public async Task Saved_ratings_are_scored_as_their_mean_and_shown_on_the_progress_page()
    {
        var response = await RateAsync(("putting on socks", "3"), ("sitting through a film", "6"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe("/progress?saved=psfs");
        var stored = await _app.WithDbAsync(db => db.Questionnaires.SingleAsync());
        stored.Score.ShouldBe(4.5);
        stored.OwnerId.ShouldBe(Limber.Data.Owners.Local);
        var page = await _browser.FollowAsync(response);
        page.Find("#saved").TextContent.ShouldContain("saved");
        page.Find("#latest-scores [data-instrument=psfs]").TextContent.ShouldContain("4.5");
        page.Find("#activities").TextContent.ShouldContain("putting on socks");
    }

    [Fact]
    public async Task A_named_activity_without_a_rating_is_marked_and_every_answer_is_kept()
    {
        var page = await _browser.SubmitForPageAsync(await FilledAsync(("gardening", "4"), ("lifting my daughter", "")));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Has("#form-errors").ShouldBeTrue();
        page.ErrorNextTo("Form[1].Score").ShouldBe("Rate \"lifting my daughter\" from 0 (cannot do it) to 10 (as well as before).");
        page.Find("#activity-0").GetAttribute("value").ShouldBe("gardening");
        page.Find("#activity-1").GetAttribute("value").ShouldBe("lifting my daughter");
        page.Find("#score-0 option[selected]").GetAttribute("value").ShouldBe("4");
        (await StoredAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_rating_without_an_activity_asks_for_its_name()
    {
        var page = await _browser.SubmitForPageAsync(await FilledAsync(("", "7")));

        page.ErrorNextTo("Form[0].Name").ShouldBe("Name the activity you rated 7, or clear its rating.");
        (await StoredAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task An_empty_form_asks_for_at_least_one_activity()
    {
        var page = await _browser.SubmitForPageAsync(await FilledAsync());

        page.Find("#form-errors").TextContent.ShouldContain("Name at least one activity");
        (await StoredAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("three")]
    public async Task A_rating_outside_0_to_10_is_refused_and_shown_back_as_typed(string typed)
    {
        var page = await _browser.SubmitForPageAsync(await FilledAsync(("walking the dog", typed)));

        page.ErrorNextTo("Form[0].Score").ShouldBe($"Rate \"walking the dog\" with a whole number from 0 to 10 (you entered {typed}).");
        page.Find("#score-0 option[selected]").GetAttribute("value").ShouldBe(typed);
        (await StoredAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_very_long_activity_name_is_refused_with_its_length()
    {
        var page = await _browser.SubmitForPageAsync(await FilledAsync((new string('a', 201), "5")));

        page.ErrorNextTo("Form[0].Name").ShouldContain("201");
        (await StoredAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_next_time_the_page_starts_from_the_activities_named_last_time()
    {
        await RateAsync(("carrying shopping", "2"), ("driving", "5"));

        var page = await _browser.OpenAsync("/progress/activities");

        page.Find("#activity-0").GetAttribute("value").ShouldBe("carrying shopping");
        page.Find("#activity-1").GetAttribute("value").ShouldBe("driving");
        page.Find("#score-0 option[selected]").GetAttribute("value").ShouldBe("");
        page.Find("#psfs-how").TextContent.ShouldContain("last time");
    }

    [Fact]
    public async Task Two_points_more_on_the_mean_two_weeks_later_is_shown_as_a_real_improvement()
    {
        await RateAsync(("putting on socks", "3"), ("gardening", "3"));
        _app.Clock.Advance(TimeSpan.FromDays(14));
        await RateAsync(("putting on socks", "6"), ("gardening", "4"));

        var page = await _browser.OpenAsync("/progress");

        var row = page.Find("#changes tr[data-measure=psfs]");
        row.GetAttribute("data-meaningful").ShouldBe("true");
        HtmlPage.Collapse(row.TextContent).ShouldContain("3 out of 10 at the start, 5 out of 10 now, 2 points higher than at the start. A real improvement");
        page.FindAll("#activities tbody tr")[0].QuerySelectorAll("th, td").Select(c => c.TextContent).ShouldBe(["putting on socks", "3 of 10", "6 of 10 (clearly easier)"]);
    }

    [Fact]
    public async Task One_point_more_on_the_mean_is_within_chance()
    {
        await RateAsync(("bending", "4"));
        _app.Clock.Advance(TimeSpan.FromDays(14));
        await RateAsync(("bending", "5"));

        var page = await _browser.OpenAsync("/progress");

        var row = page.Find("#changes tr[data-measure=psfs]");
        row.GetAttribute("data-meaningful").ShouldBe("false");
        row.TextContent.ShouldContain("within what can happen by chance");
    }

    [Fact]
    public async Task Weekly_psfs_chart_has_a_table_with_the_same_numbers()
    {
        await RateAsync(("bending", "4"), ("sitting", "6"));

        var page = await _browser.OpenAsync("/progress");

        page.Find("#chart-psfs svg").GetAttribute("role").ShouldBe("img");
        var cells = page.FindAll("#chart-psfs table tbody td").Select(c => c.TextContent).ToList();
        cells.ShouldBe(["5 out of 10", "1"]);
        page.Find("#chart-psfs table tbody th").TextContent.ShouldBe(
            Limber.Core.Calendar.PersonalDays.Monday(DateOnly.FromDateTime(_app.Clock.GetUtcNow().UtcDateTime)).ToString("d MMM", CultureInfo.InvariantCulture));
    }
}
