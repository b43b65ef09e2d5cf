using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Api;

/// <summary>Ratings posted together are committed together; each caller hears back only once its rating is saved.</summary>
public sealed class RatingWriterTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Ratings_posted_at_once_for_several_sessions_are_all_saved_as_one_row_per_session()
    {
        var first = (await Seed.SessionAsync(app)).SessionId;
        var second = (await Seed.SessionAsync(app)).SessionId;

        // 40 posts in flight at once: pain 0..19 for the first session, 20..39 for the second.
        var posts = Enumerable.Range(0, 40).Select(async i =>
        {
            await Task.Yield();
            var session = i % 2 == 0 ? first : second;
            using var response = await _client.PostJsonAsync($"/api/sessions/{session}/rating", new { painAfter = i % 11, stiffnessAfter = 3, difficulty = "right", note = $"post {i}" });
            return response.StatusCode;
        });
        (await Task.WhenAll(posts)).ShouldAllBe(status => status == HttpStatusCode.NoContent);

        var ratings = await app.WithDbAsync(db => db.Ratings.Where(r => r.SessionRunId == first || r.SessionRunId == second).ToListAsync());
        ratings.Count.ShouldBe(2, "one rating row per session, however many posts");
        ratings.ShouldAllBe(r => r.Note != null && r.Note.StartsWith("post ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rating_for_a_session_that_does_not_exist_is_404_even_in_a_busy_batch()
    {
        var real = (await Seed.SessionAsync(app)).SessionId;

        var missing = _client.PostJsonAsync($"/api/sessions/{Guid.NewGuid()}/rating", new { painAfter = 2, stiffnessAfter = 3, difficulty = "right" });
        var saved = _client.PostJsonAsync($"/api/sessions/{real}/rating", new { painAfter = 2, stiffnessAfter = 3, difficulty = "right" });

        using var missingResponse = await missing;
        using var savedResponse = await saved;
        missingResponse.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        savedResponse.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }
}
