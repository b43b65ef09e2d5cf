using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Api;

/// <summary>A finished session is final, progress stays inside the plan, and the session endpoints parse strictly.</summary>
public sealed class SessionRulesTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task A_second_finish_is_a_conflict_and_keeps_the_stop_for_leg_symptoms()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var stop = await _client.PostJsonAsync($"/api/sessions/{sessionId}/finish", new { stoppedFor = "leg-symptoms" });
        using var again = await _client.PostJsonAsync($"/api/sessions/{sessionId}/finish", new { stoppedFor = (string?)null });

        stop.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var session = await app.WithDbAsync(db => db.Sessions.AsNoTracking().SingleAsync(s => s.Id == sessionId));
        session.StoppedFor.ShouldBe("leg-symptoms");
        session.Completed.ShouldBeFalse();
    }

    [Fact]
    public async Task Progress_after_the_session_ended_is_a_conflict_and_changes_nothing()
    {
        var (_, sessionId, plan) = await Seed.SessionAsync(app);
        using var finish = await _client.PostJsonAsync($"/api/sessions/{sessionId}/finish", new { stoppedFor = "pain" });

        using var late = await _client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = 0, exerciseId = plan.Session!.Blocks[0].ExerciseId, outcome = "done" });

        late.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.WithDbAsync(db => db.BlockProgress.AnyAsync(p => p.SessionRunId == sessionId))).ShouldBeFalse();
    }

    [Fact]
    public async Task Progress_for_a_block_the_session_does_not_have_is_a_bad_request()
    {
        var (_, sessionId, plan) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = plan.Session!.Blocks.Count, exerciseId = plan.Session.Blocks[0].ExerciseId, outcome = "done" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldBe(["blockIndex"]);
        (await app.WithDbAsync(db => db.BlockProgress.AnyAsync(p => p.SessionRunId == sessionId))).ShouldBeFalse();
    }

    [Fact]
    public async Task Progress_naming_an_exercise_that_is_not_the_blocks_is_a_bad_request()
    {
        var (_, sessionId, plan) = await Seed.SessionAsync(app);
        var other = plan.Session!.Blocks.Select(b => b.ExerciseId).First(id => id != plan.Session.Blocks[0].ExerciseId && id != plan.Session.Blocks[0].Easier);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = 0, exerciseId = other, outcome = "done" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldBe(["exerciseId"]);
    }

    [Fact]
    public async Task Progress_done_as_the_easier_variant_is_accepted()
    {
        var (_, sessionId, plan) = await Seed.SessionAsync(app);
        var (block, index) = plan.Session!.Blocks.Select((b, i) => (b, i)).First(x => x.b.Easier is not null);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = index, exerciseId = block.Easier, outcome = "easier" });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("""{"blockIndex": 0, "exerciseId": "EXERCISE", "outcome": "done", "extra": 1}""")]
    [InlineData("""{"blockIndex": 0, "blockIndex": 1, "exerciseId": "EXERCISE", "outcome": "done"}""")]
    [InlineData("""{"blockIndex": "0", "exerciseId": "EXERCISE", "outcome": "done"}""")]
    [InlineData("""{"BlockIndex": 0, "ExerciseId": "EXERCISE", "Outcome": "done"}""")]
    [InlineData("""{"blockIndex": 0, "exerciseId": "EXERCISE\ud800", "outcome": "done"}""")]
    [InlineData("""{"blockIndex": 0.5, "exerciseId": "EXERCISE", "outcome": "done"}""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    [InlineData("""{"blockIndex": 0, """)]
    public async Task A_progress_body_that_is_not_exactly_the_request_is_a_bad_request_and_saves_nothing(string json)
    {
        var (_, sessionId, plan) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonTextAsync($"/api/sessions/{sessionId}/progress", json.Replace("EXERCISE", plan.Session!.Blocks[0].ExerciseId, StringComparison.Ordinal));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).ShouldNotBeEmpty();
        (await app.WithDbAsync(db => db.BlockProgress.AnyAsync(p => p.SessionRunId == sessionId))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("finish", """{"stoppedFor": "pain", "stoppedFor": null}""")]
    [InlineData("finish", """{"StoppedFor": "pain"}""")]
    [InlineData("finish", """{"stoppedFor": "pain\ud800"}""")]
    [InlineData("rating", """{"painAfter": "2", "stiffnessAfter": 3, "difficulty": "right"}""")]
    [InlineData("rating", """{"painAfter": 2, "stiffnessAfter": 3, "difficulty": "right", "mood": "fine"}""")]
    [InlineData("next-day", """{"nextDayPain": "3"}""")]
    [InlineData("next-day", """{"NextDayPain": 3}""")]
    public async Task Finish_rating_and_next_day_parse_strictly_and_change_nothing_when_rejected(string action, string json)
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonTextAsync($"/api/sessions/{sessionId}/{action}", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var session = await app.WithDbAsync(db => db.Sessions.AsNoTracking().Include(s => s.Rating).SingleAsync(s => s.Id == sessionId));
        session.EndedAt.ShouldBeNull();
        session.Rating.ShouldBeNull();
    }

    [Fact]
    public async Task A_session_body_sent_as_a_form_is_unsupported_media_type_as_problem_json()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);
        using var content = new FormUrlEncodedContent([new("stoppedFor", "pain")]);

        using var response = await _client.PostAsync(new Uri($"/api/sessions/{sessionId}/finish", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
