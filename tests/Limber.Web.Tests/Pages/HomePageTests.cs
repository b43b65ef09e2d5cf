using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Pages;

/// <summary>Home depends on everything in the database, so each test gets its own app and data folder.</summary>
public sealed class HomePageTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly Browser _browser;

    public HomePageTests() => _browser = _app.CreateBrowser();

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task With_no_plan_today_home_offers_the_check_in()
    {
        var page = await _browser.OpenAsync("/");

        page.Find("#check-in-button").GetAttribute("href").ShouldBe("/check-in");
        page.FindAll("main a[href^='/plans/']").ShouldBeEmpty();
        page.Has("#next-day").ShouldBeFalse();
    }

    [Fact]
    public async Task After_a_check_in_home_links_to_todays_plan()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);

        var page = await _browser.OpenAsync("/");

        page.Find($"main a[href='/plans/{planId}']").TextContent.ShouldBe("Open today's plan");
        page.Has("#check-in-button").ShouldBeFalse();
    }

    [Fact]
    public async Task Yesterdays_plan_is_not_offered_as_todays()
    {
        await Journeys.CheckInAsync(_browser, Now);
        _app.Clock.Advance(TimeSpan.FromDays(1));

        var page = await _browser.OpenAsync("/");

        page.Has("#check-in-button").ShouldBeTrue();
        page.FindAll("main a[href^='/plans/']").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unfinished_session_can_be_resumed_from_home()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);

        var page = await _browser.OpenAsync("/");

        page.Find($"main a[href='/sessions/{sessionId}']").TextContent.ShouldBe("Resume it");
        page.Text.ShouldContain("not finished");
    }

    [Fact]
    public async Task A_completed_session_counts_as_a_day_this_week()
    {
        var page = await _browser.OpenAsync("/");
        page.Text.ShouldContain("0 days with a completed session since Monday");
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, sessionId);

        page = await _browser.OpenAsync("/");

        page.Text.ShouldContain("1 day with a completed session since Monday");
        page.Find($"main a[href='/sessions/{sessionId}/rate']").TextContent.ShouldBe("Say how it went");
    }

    [Fact]
    public async Task The_last_session_counts_its_done_and_easier_blocks_but_not_skipped_ones()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.ProgressAsync(_app, sessionId, 0, "cat-cow", "done");
        await Seed.ProgressAsync(_app, sessionId, 1, "cat-cow", "easier");
        await Seed.ProgressAsync(_app, sessionId, 2, "cat-cow", "skipped");

        var page = await _browser.OpenAsync("/");

        page.Find("#last-session").TextContent.ShouldContain("2 blocks done");
    }

    [Fact]
    public async Task A_rated_last_session_shows_its_rating_on_home()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, sessionId);
        await Seed.RatingAsync(_app, sessionId, painAfter: 4, stiffnessAfter: 6, difficulty: "too-hard");

        var page = await _browser.OpenAsync("/");

        page.Find("#last-session").TextContent.ShouldContain("Pain after: 4 · stiffness after: 6 · felt too hard");
    }

    [Fact]
    public async Task The_day_after_a_rated_session_home_asks_how_the_back_is()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(_app, sessionId);
        (await _browser.OpenAsync("/")).Has("#next-day").ShouldBeFalse();
        _app.Clock.Advance(TimeSpan.FromDays(1));

        var page = await _browser.OpenAsync("/");

        page.Form("#next-day").Get("sessionId").ShouldBe(sessionId.ToString());
        page.FindAll("#next-day input[type=radio]").Select(r => r.GetAttribute("value")).ShouldBe(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"]);
        page.Find("#next-day").TextContent.ShouldContain("the day after your session");
    }

    [Fact]
    public async Task A_next_day_answer_is_saved_and_the_question_goes_away()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(_app, sessionId);
        _app.Clock.Advance(TimeSpan.FromDays(1));
        var page = await _browser.OpenAsync("/");
        var radio = page.Find("#next-day input[type=radio][value='3']").GetAttribute("name")!;

        var response = await _browser.SubmitAsync(page.Form("#next-day").Set(radio, "3"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe("/");
        (await _browser.OpenAsync("/")).Has("#next-day").ShouldBeFalse();
        var rating = await _app.WithDbAsync(db => db.Ratings.SingleAsync(r => r.SessionRunId == sessionId));
        rating.NextDayPain.ShouldBe(3);
        rating.NextDayAt.ShouldBe(Now.UtcDateTime);
    }

    [Fact]
    public async Task A_next_day_answer_out_of_range_shows_an_error_and_saves_nothing()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(_app, sessionId);
        _app.Clock.Advance(TimeSpan.FromDays(1));
        var page = await _browser.OpenAsync("/");
        var radio = page.Find("#next-day input[type=radio]").GetAttribute("name")!;

        page = await _browser.SubmitForPageAsync(page.Form("#next-day").Set(radio, "11"));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Find("#next-day").TextContent.ShouldContain("Choose your pain today, from 0 to 10.");
        (await _app.WithDbAsync(db => db.Ratings.SingleAsync(r => r.SessionRunId == sessionId))).NextDayPain.ShouldBeNull();
    }

    [Fact]
    public async Task A_next_day_answer_for_an_unknown_session_is_not_found()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(_app, sessionId);
        _app.Clock.Advance(TimeSpan.FromDays(1));
        var page = await _browser.OpenAsync("/");
        var radio = page.Find("#next-day input[type=radio]").GetAttribute("name")!;

        var response = await _browser.SubmitAsync(page.Form("#next-day").Set("sessionId", Guid.NewGuid().ToString()).Set(radio, "2"));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_next_day_question_is_not_asked_three_days_later()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(_app, sessionId);
        _app.Clock.Advance(TimeSpan.FromDays(3));

        var page = await _browser.OpenAsync("/");

        page.Has("#next-day").ShouldBeFalse();
    }
}
