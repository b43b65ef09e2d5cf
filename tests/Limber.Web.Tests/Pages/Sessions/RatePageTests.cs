using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Pages.Sessions;

public sealed class RatePageTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private static readonly string[] Scale = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

    private readonly Browser _browser = app.CreateBrowser();

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task The_rating_page_asks_for_pain_stiffness_difficulty_and_a_note()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);

        var page = await _browser.OpenAsync($"/sessions/{sessionId}/rate");

        page.FindAll("#rating input[name='Form.PainAfter']").Select(i => i.GetAttribute("value")).ShouldBe(Scale);
        page.FindAll("#rating input[name='Form.StiffnessAfter']").Select(i => i.GetAttribute("value")).ShouldBe(Scale);
        page.FindAll("#rating input[name='Form.Difficulty']").Select(i => i.GetAttribute("value")).ShouldBe(["too-easy", "right", "too-hard"]);
        page.Has("#rating textarea[name='Form.Note']").ShouldBeTrue();
        page.Has("#rating input[name='__RequestVerificationToken']").ShouldBeTrue();
    }

    [Fact]
    public async Task A_valid_rating_is_saved_and_leads_to_the_history()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var form = (await _browser.OpenAsync($"/sessions/{sessionId}/rate")).Form("#rating")
            .Set("Form.PainAfter", "2").Set("Form.StiffnessAfter", "3").Set("Form.Difficulty", "too-easy").Set("Form.Note", "  Hips felt looser.  ");

        var response = await _browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe("/history");
        var session = await app.WithDbAsync(db => db.Sessions.Include(s => s.Rating).SingleAsync(s => s.Id == sessionId));
        var rating = session.Rating.ShouldNotBeNull();
        rating.PainAfter.ShouldBe(2);
        rating.StiffnessAfter.ShouldBe(3);
        rating.Difficulty.ShouldBe("too-easy");
        rating.Note.ShouldBe("Hips felt looser.");
        rating.CreatedAt.ShouldBe(Now.UtcDateTime);
        session.EndedAt.ShouldBe(Now.UtcDateTime);
    }

    [Fact]
    public async Task A_rating_sent_by_the_page_script_as_multipart_is_saved_the_same_way()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var form = (await _browser.OpenAsync($"/sessions/{sessionId}/rate")).Form("#rating")
            .Set("Form.PainAfter", "0").Set("Form.StiffnessAfter", "10").Set("Form.Difficulty", "too-hard");

        var response = await _browser.SubmitMultipartAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe("/history");
        var rating = await app.WithDbAsync(db => db.Ratings.SingleAsync(r => r.SessionRunId == sessionId));
        (rating.PainAfter, rating.StiffnessAfter, rating.Difficulty, rating.Note).ShouldBe((0, 10, "too-hard", (string?)null));
    }

    [Fact]
    public async Task An_incomplete_rating_shows_errors_next_to_the_fields_and_keeps_the_note_and_answers()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var form = (await _browser.OpenAsync($"/sessions/{sessionId}/rate")).Form("#rating")
            .Set("Form.StiffnessAfter", "11").Set("Form.Difficulty", "right").Set("Form.Note", "Left side <b>tight</b> & sore");

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.PainAfter").ShouldContain("from 0 to 10");
        page.ErrorNextTo("Form.StiffnessAfter").ShouldContain("from 0 to 10");
        page.ErrorNextTo("Form.Difficulty").ShouldBeEmpty();
        page.Find("#note").TextContent.ShouldBe("Left side <b>tight</b> & sore");
        page.Find("input[name='Form.Difficulty'][value='right']").HasAttribute("checked").ShouldBeTrue();
        (await app.WithDbAsync(db => db.Ratings.AnyAsync(r => r.SessionRunId == sessionId))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_rating_without_a_difficulty_shows_the_error_next_to_it()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var form = (await _browser.OpenAsync($"/sessions/{sessionId}/rate")).Form("#rating")
            .Set("Form.PainAfter", "1").Set("Form.StiffnessAfter", "1");

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.Difficulty").ShouldNotBeEmpty();
        page.ErrorNextTo("Form.PainAfter").ShouldBeEmpty();
        page.Find("input[name='Form.PainAfter'][value='1']").HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task A_note_over_2000_characters_is_refused_next_to_the_note()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var form = (await _browser.OpenAsync($"/sessions/{sessionId}/rate")).Form("#rating")
            .Set("Form.PainAfter", "1").Set("Form.StiffnessAfter", "1").Set("Form.Difficulty", "right").Set("Form.Note", new string('a', 2001));

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.Note").ShouldContain("2000");
    }

    [Fact]
    public async Task A_stopped_session_says_so_on_the_rating_page()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, sessionId, stoppedFor: "leg-symptoms");

        var page = await _browser.OpenAsync($"/sessions/{sessionId}/rate");

        page.Find(".notice.caution").TextContent.ShouldContain("because of leg symptoms");
        page.Text.ShouldContain("see a doctor");
    }

    [Fact]
    public async Task Rating_again_shows_the_earlier_answers()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(app, sessionId, painAfter: 5, stiffnessAfter: 4, difficulty: "too-hard");

        var form = (await _browser.OpenAsync($"/sessions/{sessionId}/rate")).Form("#rating");

        form.Get("Form.PainAfter").ShouldBe("5");
        form.Get("Form.StiffnessAfter").ShouldBe("4");
        form.Get("Form.Difficulty").ShouldBe("too-hard");
    }

    [Fact]
    public async Task Rating_an_unknown_session_is_not_found()
    {
        var page = await _browser.GetAsync($"/sessions/{Guid.NewGuid()}/rate");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_rating_without_the_antiforgery_token_is_rejected()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var form = (await _browser.OpenAsync($"/sessions/{sessionId}/rate")).Form("#rating")
            .Set("Form.PainAfter", "2").Set("Form.StiffnessAfter", "3").Set("Form.Difficulty", "right")
            .Remove(Journeys.AntiforgeryField);

        var response = await _browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.Ratings.AnyAsync(r => r.SessionRunId == sessionId))).ShouldBeFalse();
    }
}
