using System.Net;
using System.Text.Json;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Api;

public sealed class SessionEndpointsTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient();

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Progress_is_saved_at_once_and_a_second_report_for_the_block_replaces_the_first()
    {
        var (_, sessionId, plan) = await Seed.SessionAsync(app);
        var exercise = plan.Session!.Blocks[0].ExerciseId;

        using var first = await _client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = 0, exerciseId = exercise, outcome = "skipped" });
        using var second = await _client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = 0, exerciseId = exercise, outcome = "done" });

        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        second.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var saved = await app.WithDbAsync(db => db.BlockProgress.Where(p => p.SessionRunId == sessionId).ToListAsync());
        var block = saved.ShouldHaveSingleItem();
        block.BlockIndex.ShouldBe(0);
        block.ExerciseId.ShouldBe(exercise);
        block.Outcome.ShouldBe("done");
        block.At.ShouldBe(Now);
    }

    [Theory]
    [InlineData("done")]
    [InlineData("skipped")]
    [InlineData("easier")]
    [InlineData("stopped")]
    public async Task Every_outcome_the_player_sends_is_accepted(string outcome)
    {
        var (_, sessionId, plan) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = 2, exerciseId = plan.Session!.Blocks[2].ExerciseId, outcome });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.WithDbAsync(db => db.BlockProgress.SingleAsync(p => p.SessionRunId == sessionId))).Outcome.ShouldBe(outcome);
    }

    [Theory]
    [InlineData("finished")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Progress_with_an_unknown_outcome_is_a_bad_request(string? outcome)
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = 0, exerciseId = "cat-cow", outcome });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldBe(["outcome"]);
        (await app.WithDbAsync(db => db.BlockProgress.AnyAsync(p => p.SessionRunId == sessionId))).ShouldBeFalse();
    }

    [Fact]
    public async Task Progress_with_a_negative_block_and_no_exercise_names_both_fields()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/progress", new { blockIndex = -1, outcome = "done" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldBe(["blockIndex", "exerciseId"], ignoreOrder: true);
    }

    [Fact]
    public async Task Progress_for_an_unknown_session_is_not_found()
    {
        using var response = await _client.PostJsonAsync($"/api/sessions/{Guid.NewGuid()}/progress", new { blockIndex = 0, exerciseId = "cat-cow", outcome = "done" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Progress_with_a_malformed_body_is_a_bad_request()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonTextAsync($"/api/sessions/{sessionId}/progress", "{\"blockIndex\": ");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Progress_sent_as_a_plain_text_form_from_another_site_is_refused()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);
        using var content = new StringContent("""{"blockIndex": 0, "exerciseId": "cat-cow", "outcome": "done"}""", System.Text.Encoding.UTF8, "text/plain");

        using var response = await _client.PostAsync(new Uri($"/api/sessions/{sessionId}/progress", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await app.WithDbAsync(db => db.BlockProgress.AnyAsync(p => p.SessionRunId == sessionId))).ShouldBeFalse();
    }

    [Fact]
    public async Task Finishing_without_a_reason_completes_the_session()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonTextAsync($"/api/sessions/{sessionId}/finish", """{"stoppedFor": null}""");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var session = await app.WithDbAsync(db => db.Sessions.SingleAsync(s => s.Id == sessionId));
        session.Completed.ShouldBeTrue();
        session.StoppedFor.ShouldBeNull();
        session.EndedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData("pain")]
    [InlineData("leg-symptoms")]
    [InlineData("time")]
    [InlineData("other")]
    public async Task Finishing_with_a_reason_records_a_stop(string reason)
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/finish", new { stoppedFor = reason });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var session = await app.WithDbAsync(db => db.Sessions.SingleAsync(s => s.Id == sessionId));
        session.Completed.ShouldBeFalse();
        session.StoppedFor.ShouldBe(reason);
        session.EndedAt.ShouldBe(Now);
    }

    [Fact]
    public async Task Finishing_with_an_unknown_reason_is_a_bad_request_and_leaves_the_session_open()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/finish", new { stoppedFor = "boredom" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldBe(["stoppedFor"]);
        (await app.WithDbAsync(db => db.Sessions.SingleAsync(s => s.Id == sessionId))).EndedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Finishing_an_unknown_session_is_not_found()
    {
        using var response = await _client.PostJsonAsync($"/api/sessions/{Guid.NewGuid()}/finish", new { });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_rating_is_saved_and_ends_the_session()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/rating", new { painAfter = 2, stiffnessAfter = 4, difficulty = "too-hard", note = " ok " });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var session = await app.WithDbAsync(db => db.Sessions.Include(s => s.Rating).SingleAsync(s => s.Id == sessionId));
        session.EndedAt.ShouldBe(Now);
        var rating = session.Rating.ShouldNotBeNull();
        (rating.PainAfter, rating.StiffnessAfter, rating.Difficulty, rating.Note).ShouldBe((2, 4, "too-hard", "ok"));
    }

    [Fact]
    public async Task A_rating_queued_offline_with_no_note_is_saved_and_a_second_one_replaces_it()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var first = await _client.PostJsonTextAsync($"/api/sessions/{sessionId}/rating", """{"painAfter": 5, "stiffnessAfter": 5, "difficulty": "right", "note": null}""");
        using var second = await _client.PostJsonTextAsync($"/api/sessions/{sessionId}/rating", """{"painAfter": 1, "stiffnessAfter": 2, "difficulty": "too-easy", "note": null}""");

        first.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        second.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var rating = await app.WithDbAsync(db => db.Ratings.SingleAsync(r => r.SessionRunId == sessionId));
        (rating.PainAfter, rating.StiffnessAfter, rating.Difficulty, rating.Note).ShouldBe((1, 2, "too-easy", (string?)null));
    }

    [Fact]
    public async Task A_rating_with_pain_eleven_is_a_bad_request_and_saves_nothing()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/rating", new { painAfter = 11, stiffnessAfter = 4, difficulty = "right" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldBe(["painAfter"]);
        (await app.WithDbAsync(db => db.Ratings.AnyAsync(r => r.SessionRunId == sessionId))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_rating_with_nothing_in_it_names_every_missing_field()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/rating", new { note = new string('x', 2001) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldBe(["painAfter", "stiffnessAfter", "difficulty", "note"], ignoreOrder: true);
    }

    [Fact]
    public async Task Rating_an_unknown_session_is_not_found()
    {
        using var response = await _client.PostJsonAsync($"/api/sessions/{Guid.NewGuid()}/rating", new { painAfter = 1, stiffnessAfter = 1, difficulty = "right" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Next_day_pain_is_saved_on_the_rating()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);
        await Seed.RatingAsync(app, sessionId);
        app.Clock.Advance(TimeSpan.FromDays(1));

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/next-day", new { nextDayPain = 1 });

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var rating = await app.WithDbAsync(db => db.Ratings.SingleAsync(r => r.SessionRunId == sessionId));
        rating.NextDayPain.ShouldBe(1);
        rating.NextDayAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(-1)]
    [InlineData(null)]
    public async Task Next_day_pain_out_of_range_is_a_bad_request(int? nextDayPain)
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);
        await Seed.RatingAsync(app, sessionId);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/next-day", new { nextDayPain });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldBe(["nextDayPain"]);
        (await app.WithDbAsync(db => db.Ratings.SingleAsync(r => r.SessionRunId == sessionId))).NextDayPain.ShouldBeNull();
    }

    [Fact]
    public async Task Next_day_pain_for_a_session_that_was_never_rated_is_not_found()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(app);

        using var response = await _client.PostJsonAsync($"/api/sessions/{sessionId}/next-day", new { nextDayPain = 2 });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Next_day_pain_for_an_unknown_session_is_not_found()
    {
        using var response = await _client.PostJsonAsync($"/api/sessions/{Guid.NewGuid()}/next-day", new { nextDayPain = 2 });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_session_reads_back_with_its_progress_end_and_rating()
    {
        var (planId, sessionId, plan) = await Seed.SessionAsync(app);
        var blocks = plan.Session!.Blocks;
        await Seed.ProgressAsync(app, sessionId, 1, blocks[1].ExerciseId, "skipped");
        await Seed.ProgressAsync(app, sessionId, 0, blocks[0].ExerciseId, "done");
        using var finished = await _client.PostJsonAsync($"/api/sessions/{sessionId}/finish", new { stoppedFor = "time" });
        finished.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var response = await _client.GetAsync(new Uri($"/api/sessions/{sessionId}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var state = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = state.RootElement;
        root.GetProperty("id").GetGuid().ShouldBe(sessionId);
        root.GetProperty("planId").GetGuid().ShouldBe(planId);
        root.GetProperty("ended").GetBoolean().ShouldBeTrue();
        root.GetProperty("completed").GetBoolean().ShouldBeFalse();
        root.GetProperty("stoppedFor").GetString().ShouldBe("time");
        root.GetProperty("rated").GetBoolean().ShouldBeFalse();
        root.GetProperty("blocks").EnumerateArray()
            .Select(b => $"{b.GetProperty("blockIndex").GetInt32()}:{b.GetProperty("exerciseId").GetString()}:{b.GetProperty("outcome").GetString()}")
            .ShouldBe([$"0:{blocks[0].ExerciseId}:done", $"1:{blocks[1].ExerciseId}:skipped"]);
    }

    [Fact]
    public async Task An_unknown_session_reads_as_not_found()
    {
        using var response = await _client.GetAsync(new Uri($"/api/sessions/{Guid.NewGuid()}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_session_address_that_is_not_an_id_is_not_found()
    {
        using var response = await _client.PostJsonAsync("/api/sessions/latest/progress", new { blockIndex = 0, exerciseId = "cat-cow", outcome = "done" });

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
