using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages;

/// <summary>
/// Home and history count days and weeks in the person's own offset (the latest check-in's), with one
/// rule for a done block. Each test sets its own clock, so each gets its own app.
/// </summary>
public sealed class PersonalDaysPagesTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly Browser _browser;

    public PersonalDaysPagesTests() => _browser = _app.CreateBrowser();

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    private async Task<Guid> SessionAtAsync(DateTimeOffset utc, int offsetMinutes, bool finish = true)
    {
        _app.Clock.SetUtcNow(utc);
        var planId = await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.OffsetMinutes", offsetMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var sessionId = await Journeys.StartSessionAsync(_browser, planId);
        if (finish)
        {
            await Journeys.FinishAsync(_browser, sessionId);
        }

        return sessionId;
    }

    [Fact]
    public async Task A_session_at_half_past_eleven_at_night_west_of_utc_is_on_that_local_day_at_home_and_in_history()
    {
        // Wednesday 18 November, 23:30 at UTC-05:00 is Thursday 04:30 UTC.
        var sessionId = await SessionAtAsync(new DateTimeOffset(2026, 11, 19, 4, 30, 0, TimeSpan.Zero), -300);

        var history = await _browser.OpenAsync("/history");
        var home = await _browser.OpenAsync("/");

        history.Find($"#sessions tr[data-session='{sessionId}'] th").TextContent.ShouldBe("Wed 18 Nov");
        home.Find("#last-session p").TextContent.ShouldStartWith("Wed 18 Nov");
    }

    [Fact]
    public async Task A_session_just_after_local_midnight_east_of_utc_is_on_the_new_local_day()
    {
        // Thursday 19 November, 00:30 at UTC+02:00 is Wednesday 22:30 UTC.
        var sessionId = await SessionAtAsync(new DateTimeOffset(2026, 11, 18, 22, 30, 0, TimeSpan.Zero), 120);

        var history = await _browser.OpenAsync("/history");

        history.Find($"#sessions tr[data-session='{sessionId}'] th").TextContent.ShouldBe("Thu 19 Nov");
    }

    [Fact]
    public async Task Sessions_either_side_of_local_midnight_east_of_utc_are_two_days_on_home_and_in_history()
    {
        // 23:30 and 00:30 at UTC+02:00 are both Wednesday in UTC, but two days for the person.
        await SessionAtAsync(new DateTimeOffset(2026, 11, 18, 21, 30, 0, TimeSpan.Zero), 120);
        await SessionAtAsync(new DateTimeOffset(2026, 11, 18, 22, 30, 0, TimeSpan.Zero), 120);

        var home = await _browser.OpenAsync("/");
        var history = await _browser.OpenAsync("/history");

        home.Find("#this-week strong").TextContent.ShouldBe("2");
        HtmlPage.Collapse(history.Find("#weeks tbody tr td").TextContent).ShouldBe("2 of 7");
    }

    [Fact]
    public async Task A_sunday_night_session_west_of_utc_counts_in_that_week_not_the_next()
    {
        // Sunday 22 November, 23:30 at UTC-05:00 is Monday 04:30 UTC; by Monday noon for the person it is last week's.
        await SessionAtAsync(new DateTimeOffset(2026, 11, 23, 4, 30, 0, TimeSpan.Zero), -300);
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));

        var home = await _browser.OpenAsync("/");
        var history = await _browser.OpenAsync("/history");

        home.Find("#this-week strong").TextContent.ShouldBe("0");
        var weeks = history.FindAll("#weeks tbody tr").Select(r => HtmlPage.Collapse(r.TextContent)).ToList();
        weeks.ShouldBe(["This week (week 48) 0 of 7", "Week of Mon 16 Nov (week 47) 1 of 7"]);
    }

    [Fact]
    public async Task Todays_plan_west_of_utc_is_still_today_after_utc_midnight()
    {
        // Checked in at 20:00 local (UTC-05:00); at 23:00 local it is 04:00 UTC the next day.
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 19, 1, 0, 0, TimeSpan.Zero));
        var planId = await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.OffsetMinutes", "-300"));
        _app.Clock.Advance(TimeSpan.FromHours(3));

        var home = await _browser.OpenAsync("/");

        home.Find($"main a[href='/plans/{planId}']").TextContent.ShouldBe("Open today's plan");
    }

    [Fact]
    public async Task Home_and_history_count_the_same_done_blocks_skipped_and_stopped_ones_do_not_count()
    {
        var sessionId = await SessionAtAsync(Now, 0, finish: false);
        await Seed.ProgressAsync(_app, sessionId, 0, "cat-cow", "done");
        await Seed.ProgressAsync(_app, sessionId, 1, "knee-to-chest", "skipped");
        await Seed.ProgressAsync(_app, sessionId, 2, "pelvic-tilt", "easier");
        await Seed.ProgressAsync(_app, sessionId, 3, "child-pose", "stopped");

        var home = await _browser.OpenAsync("/");
        var history = await _browser.OpenAsync("/history");

        home.Find("#last-session p").TextContent.ShouldContain("2 blocks done");
        history.Find($"#sessions tr[data-session='{sessionId}'] td[data-label='Exercises done']").TextContent.ShouldBe("2");
    }

    [Fact]
    public async Task Home_asks_for_the_activity_ratings_at_the_start_and_again_two_weeks_after_the_last()
    {
        (await _browser.OpenAsync("/")).Find("#psfs-due a").GetAttribute("href").ShouldBe("/progress/activities");

        var form = (await _browser.OpenAsync("/progress/activities")).Form("#psfs").Set("Form[0].Name", "gardening").Set("Form[0].Score", "4");
        await _browser.SubmitAsync(form);
        (await _browser.OpenAsync("/")).Has("#psfs-due").ShouldBeFalse();

        _app.Clock.Advance(TimeSpan.FromDays(13));
        (await _browser.OpenAsync("/")).Has("#psfs-due").ShouldBeFalse();

        _app.Clock.Advance(TimeSpan.FromDays(1));
        (await _browser.OpenAsync("/")).Find("#psfs-due").TextContent.ShouldContain("Two weeks have passed");
    }

    [Fact]
    public async Task The_activity_prompt_waits_while_a_check_in_has_stopped_self_care()
    {
        await Journeys.CheckInAsync(_browser, Now, f => f.Check("Form.RedFlags", "fever"));

        (await _browser.OpenAsync("/")).Has("#psfs-due").ShouldBeFalse();
    }
}
