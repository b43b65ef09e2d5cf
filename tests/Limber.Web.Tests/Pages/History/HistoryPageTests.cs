using System.Globalization;
using Limber.Core.Calendar;
using Limber.Web.Pages.History;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages.History;

/// <summary>History shows everything in the database, so each test gets its own app and data folder.</summary>
public sealed class HistoryPageTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly Browser _browser;

    public HistoryPageTests() => _browser = _app.CreateBrowser();

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task With_no_sessions_history_says_so_and_offers_the_check_in()
    {
        var page = await _browser.OpenAsync("/history");

        page.Find("#history-empty a").GetAttribute("href").ShouldBe("/check-in");
        page.Has("#sessions").ShouldBeFalse();
        page.Has("svg").ShouldBeFalse();
    }

    [Fact]
    public async Task A_rated_session_appears_as_a_row_and_on_the_chart()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(_app, sessionId, painAfter: 2, stiffnessAfter: 3, difficulty: "too-easy");

        var page = await _browser.OpenAsync("/history");

        page.Has("#history-empty").ShouldBeFalse();
        var row = page.Find($"#sessions tr[data-session='{sessionId}']");
        var cells = row.QuerySelectorAll("th, td").Select(c => HtmlPage.Collapse(c.TextContent)).ToList();
        cells[0].ShouldBe("Wed 18 Nov");
        cells[2].ShouldBe("completed");
        cells[4].ShouldBe("4 → 2");
        cells[5].ShouldBe("6 → 3");
        cells[7].ShouldBe("too easy");
        page.Find("figure svg").GetAttribute("role").ShouldBe("img");
        page.FindAll("#sessions tbody tr").Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_session_rated_on_the_rating_page_lands_in_the_history()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var form = (await _browser.OpenAsync($"/sessions/{sessionId}/rate")).Form("#rating")
            .Set("Form.PainAfter", "1").Set("Form.StiffnessAfter", "2").Set("Form.Difficulty", "right").Set("Form.Note", "Felt good");

        var page = await _browser.FollowAsync(await _browser.SubmitAsync(form));

        page.Url.ShouldBe("/history");
        var row = HtmlPage.Collapse(page.Find($"#sessions tr[data-session='{sessionId}']").TextContent);
        row.ShouldContain("4 → 1");
        row.ShouldContain("6 → 2");
        row.ShouldContain("about right");
        row.ShouldContain("Felt good");
        page.Has("figure svg").ShouldBeTrue();
    }

    [Fact]
    public async Task An_unrated_session_has_no_chart_and_links_to_its_rating()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, sessionId, stoppedFor: "pain");

        var page = await _browser.OpenAsync("/history");

        var row = page.Find($"#sessions tr[data-session='{sessionId}']");
        row.TextContent.ShouldContain("stopped (pain)");
        row.QuerySelector($"a[href='/sessions/{sessionId}/rate']").ShouldNotBeNull();
        page.Has("svg").ShouldBeFalse();
    }

    [Fact]
    public async Task An_unfinished_session_can_be_resumed_from_the_history()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);

        var page = await _browser.OpenAsync("/history");

        page.Find($"#sessions tr[data-session='{sessionId}'] a[href='/sessions/{sessionId}']").TextContent.ShouldBe("Resume");
    }

    [Fact]
    public async Task This_weeks_completed_days_are_counted()
    {
        var (_, first) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, first);
        _app.Clock.Advance(TimeSpan.FromDays(1));
        var (_, second) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, second);

        var page = await _browser.OpenAsync("/history");

        var thisWeek = page.Find("#weeks tbody tr");
        thisWeek.TextContent.ShouldContain("This week");
        HtmlPage.Collapse(thisWeek.QuerySelector("td").ShouldNotBeNull().TextContent).ShouldBe("2 of 7");
    }

    [Fact]
    public async Task The_weeks_start_at_the_first_check_in_not_weeks_before_it()
    {
        await Journeys.CheckInAsync(_browser, Now);
        _app.Clock.Advance(TimeSpan.FromDays(15));
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, sessionId);

        var page = await _browser.OpenAsync("/history");

        var weeks = page.FindAll("#weeks tbody tr");
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var expected = ((PersonalDays.Monday(today).DayNumber - PersonalDays.Monday(today.AddDays(-15)).DayNumber) / 7) + 1;
        weeks.Length.ShouldBe(expected);
        weeks[^1].TextContent.ShouldContain($"Week of {IndexModel.Day(PersonalDays.Monday(today.AddDays(-15)))}");
    }

    [Fact]
    public async Task A_first_session_this_week_shows_this_week_alone()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, sessionId);

        var page = await _browser.OpenAsync("/history");

        page.FindAll("#weeks tbody tr").Select(r => r.QuerySelector("th")!.TextContent).ShouldHaveSingleItem().ShouldStartWith("This week");
    }

    [Fact]
    public async Task A_long_history_shows_at_most_eight_weeks()
    {
        await Journeys.CheckInAsync(_browser, Now);
        _app.Clock.Advance(TimeSpan.FromDays(100));
        await Journeys.StartTodaysSessionAsync(_browser, Now);

        var page = await _browser.OpenAsync("/history");

        page.FindAll("#weeks tbody tr").Length.ShouldBe(IndexModel.WeekLimit);
    }

    [Fact]
    public async Task Every_session_cell_is_labelled_with_its_column_for_the_phone_cards()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(_app, sessionId, painAfter: 2, stiffnessAfter: 3, difficulty: "right");

        var page = await _browser.OpenAsync("/history");

        var headers = page.FindAll("#sessions thead th").Skip(1).Select(th => th.TextContent).ToList();
        var labels = page.Find($"#sessions tr[data-session='{sessionId}']").QuerySelectorAll("td").Select(td => td.GetAttribute("data-label") ?? "").ToList();
        labels.ShouldBe(headers);
    }

    [Theory]
    [InlineData("2026-11-18T08:00:00", "2026-11-20T08:00:00", "2026-11-18T08:00:00")]
    [InlineData("2026-11-20T08:00:00", "2026-11-18T08:00:00", "2026-11-18T08:00:00")]
    [InlineData("2026-11-20T08:00:00", null, "2026-11-20T08:00:00")]
    [InlineData(null, "2026-11-20T08:00:00", "2026-11-20T08:00:00")]
    [InlineData(null, null, null)]
    public void First_use_is_the_earlier_of_the_first_check_in_and_the_first_session(string? checkIn, string? session, string? expected)
    {
        static DateTime? Parse(string? text) => text is null ? null : DateTime.Parse(text, CultureInfo.InvariantCulture);

        IndexModel.FirstUse(Parse(checkIn), Parse(session)).ShouldBe(Parse(expected));
    }

    [Fact]
    public async Task History_says_whether_pain_since_the_first_check_in_has_changed_enough_to_count()
    {
        await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.Pain", "5"));
        (await _browser.OpenAsync("/history")).Has("#pain-change").ShouldBeFalse();
        _app.Clock.Advance(TimeSpan.FromDays(10));
        await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.Pain", "3"));

        var page = await _browser.OpenAsync("/history");

        page.Find("#pain-change").GetAttribute("data-meaningful").ShouldBe("true");
        page.Find("#pain-change").TextContent.ShouldBe("Pain: 5 out of 10 at the start, 3 out of 10 now, 2 points lower than at the start. A real improvement (it is at least 2 points and at least 30% of where you started).");
    }

    [Fact]
    public async Task A_note_is_shown_as_text_never_as_markup()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(_app, sessionId, note: "<script>alert(1)</script><b>tight</b>");

        var page = await _browser.OpenAsync("/history");

        var row = page.Find($"#sessions tr[data-session='{sessionId}']");
        row.TextContent.ShouldContain("<script>alert(1)</script><b>tight</b>");
        row.QuerySelectorAll("script, b").ShouldBeEmpty();
    }
}
