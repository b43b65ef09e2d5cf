using System.Net;
using System.Text.Json;
using Limber.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Safety;

/// <summary>A stop means stop: after a check-in that is not ok, no session starts or resumes, on the pages or the API, until an ok check-in.</summary>
public sealed class SafetyStopTests : IDisposable
{
    private readonly LimberWebFactory _app = new();

    private readonly Browser _browser;

    public SafetyStopTests() => _browser = _app.CreateBrowser();

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    /// <summary>An ok plan with an open session, then, an hour later, a check-in with <paramref name="flag"/>.</summary>
    private async Task<(Guid OkPlan, Guid Session, Guid StopPlan)> StoppedAsync(string flag = "bladder-change")
    {
        var (okPlan, session) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        var stopPlan = await Journeys.CheckInAsync(_browser, Now, f => f.Check("Form.RedFlags", flag));
        return (okPlan, session, stopPlan);
    }

    private Task<int> SessionCountAsync() => _app.WithDbAsync(db => db.Sessions.CountAsync());

    [Fact]
    public async Task Start_on_an_older_plan_is_refused_on_the_server_and_leads_to_the_stop_advice()
    {
        var okPlan = await Journeys.CheckInAsync(_browser, Now);
        var planPage = await _browser.OpenAsync($"/plans/{okPlan}");
        var start = planPage.FormOf("#start-session");
        _app.Clock.Advance(TimeSpan.FromHours(1));
        var stopPlan = await Journeys.CheckInAsync(_browser, Now, f => f.Check("Form.RedFlags", "fever"));

        var response = await _browser.SubmitAsync(start);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe($"/plans/{stopPlan}");
        (await SessionCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_older_plan_prints_no_exercises_while_the_stop_is_in_force()
    {
        var (okPlan, _, stopPlan) = await StoppedAsync("fever");

        var page = await _browser.OpenAsync($"/plans/{okPlan}/print");

        page.Has("li.sheet-exercise").ShouldBeFalse();
        page.Has("figure.pose").ShouldBeFalse();
        page.Find("#sessions-paused a").GetAttribute("href").ShouldBe($"/plans/{stopPlan}");
    }

    [Fact]
    public async Task The_older_plan_page_says_sessions_are_paused_and_offers_no_start()
    {
        var (okPlan, _, stopPlan) = await StoppedAsync("fever");

        var page = await _browser.OpenAsync($"/plans/{okPlan}");

        page.Has("#start-session").ShouldBeFalse();
        page.Find("#sessions-paused").TextContent.ShouldContain("see a doctor today");
        page.Find($"#sessions-paused a[href='/plans/{stopPlan}']").ShouldNotBeNull();
        page.Find("#sessions-paused a[href='/check-in']").ShouldNotBeNull();
    }

    [Fact]
    public async Task An_open_session_cannot_be_resumed_on_the_player_page()
    {
        var (_, session, stopPlan) = await StoppedAsync();

        var response = await _browser.Client.GetAsync(new Uri($"/sessions/{session}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe($"/plans/{stopPlan}");
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/progress")]
    [InlineData("POST", "/finish")]
    public async Task The_session_api_answers_409_problem_json_and_changes_nothing(string method, string path)
    {
        var (_, session, stopPlan) = await StoppedAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri($"/api/sessions/{session}{path}", UriKind.Relative));
        if (method == "POST")
        {
            request.Content = new StringContent("""{"blockIndex": 0, "exerciseId": "cat-cow", "outcome": "done"}""", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await _browser.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(409);
        problem.RootElement.GetProperty("type").GetString().ShouldBe(Limber.Web.Safety.SafetyStop.ProblemType);
        problem.RootElement.GetProperty("planId").GetGuid().ShouldBe(stopPlan);
        problem.RootElement.GetProperty("planStatus").GetString().ShouldBe("emergency");
        var stored = await _app.WithDbAsync(db => db.Sessions.Include(s => s.Progress).SingleAsync(s => s.Id == session));
        stored.EndedAt.ShouldBeNull();
        stored.Progress.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_stop_with_every_other_answer_left_empty_pauses_sessions_too()
    {
        var (_, session) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        var blank = (await _browser.OpenAsync("/check-in")).Form("#check-in").Remove("Form.Age").Remove("Form.EpisodeAgo").Remove("Form.EpisodeStarted")
            .Check("Form.RedFlags", "major-trauma");
        (await _browser.SubmitAsync(blank)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var response = await _browser.Client.GetAsync(new Uri($"/api/sessions/{session}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_ok_check_in_afterwards_lifts_the_stop()
    {
        var (okPlan, session, _) = await StoppedAsync();
        _app.Clock.Advance(TimeSpan.FromDays(2));
        await Journeys.CheckInAsync(_browser, Now);

        using var api = await _browser.Client.GetAsync(new Uri($"/api/sessions/{session}", UriKind.Relative));
        var player = await _browser.GetAsync($"/sessions/{session}");

        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        player.Status.ShouldBe(HttpStatusCode.OK);
        (await _browser.OpenAsync($"/plans/{okPlan}")).Has("#start-session").ShouldBeTrue();
    }

    [Fact]
    public async Task Rating_a_past_session_stays_open_during_a_stop_because_it_is_not_exercise()
    {
        var (_, session) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, session);
        _app.Clock.Advance(TimeSpan.FromHours(1));
        await Journeys.CheckInAsync(_browser, Now, f => f.Check("Form.RedFlags", "night-pain"));

        using var rating = await _browser.Client.PostAsync(
            new Uri($"/api/sessions/{session}/rating", UriKind.Relative),
            new StringContent("""{"painAfter": 2, "stiffnessAfter": 3, "difficulty": "right"}""", System.Text.Encoding.UTF8, "application/json"));

        rating.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Home_shows_the_stop_advice_how_fast_to_act_and_the_call_action_and_no_resume()
    {
        await StoppedAsync("saddle-numbness");

        var home = await _browser.GetAsync("/");

        home.Find(".stop-page").GetAttribute("data-status").ShouldBe("emergency");
        home.Find(".stop-page h2").TextContent.ShouldBe("Go to an emergency department now");
        home.Find("#emergency-call").GetAttribute("href").ShouldBe("tel:112");
        home.Find("#emergency-numbers").TextContent.ShouldContain("999");
        home.Find("#emergency-numbers").TextContent.ShouldContain("911");
        home.Find(".stop-page [data-code='saddle-numbness']").TextContent.ShouldContain("emergency department");
        home.Find("#sessions-paused").ShouldNotBeNull();
        home.Has("a[href^='/sessions/']").ShouldBeFalse();
        home.Text.ShouldContain("Paused until you check in again");
    }

    [Fact]
    public async Task An_urgent_stop_still_offers_the_emergency_number_in_case_things_get_worse()
    {
        await StoppedAsync("fever");

        var home = await _browser.GetAsync("/");

        home.Find(".stop-page h2").TextContent.ShouldBe("See a doctor today");
        home.Find("#emergency-call").GetAttribute("href").ShouldBe("tel:112");
    }

    [Fact]
    public async Task History_marks_the_day_of_the_stop()
    {
        var (_, _, stopPlan) = await StoppedAsync("fever");

        var history = await _browser.GetAsync("/history");

        var mark = history.Find("#stops li");
        mark.GetAttribute("data-status").ShouldBe("urgent");
        mark.TextContent.ShouldContain("Wed 18 Nov");
        mark.TextContent.ShouldContain("see a doctor today");
        mark.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/plans/{stopPlan}");
    }

    [Fact]
    public async Task History_marks_a_stop_even_before_any_session()
    {
        await Journeys.CheckInAsync(_browser, Now, f => f.Check("Form.RedFlags", "cancer-history"));

        var history = await _browser.GetAsync("/history");

        history.Find("#stops li").GetAttribute("data-status").ShouldBe("soon");
    }

    [Fact]
    public async Task The_emergency_number_comes_from_the_option()
    {
        using var uk = _app.WithWebHostBuilder(b => b.UseSetting("Limber:EmergencyNumber", "999"));
        using var browser = new Browser(uk.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var stopPlan = await Journeys.CheckInAsync(browser, Now, f => f.Check("Form.RedFlags", "abdominal-pain-faintness"));

        var page = await browser.GetAsync($"/plans/{stopPlan}");

        page.Find("#emergency-call").GetAttribute("href").ShouldBe("tel:999");
        page.Find("#emergency-call").TextContent.ShouldBe("Call 999 now");
    }
}
