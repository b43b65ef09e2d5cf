using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Api;

public sealed class FeedbackEndpointTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly HttpClient _client;

    public FeedbackEndpointTests() => _client = _app.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Feedback_on_an_article_answers_202_and_is_kept()
    {
        var response = await _client.PostJsonTextAsync("/api/feedback", """{"page":"/learn/heat-or-cold","helpful":true,"note":"Clear, thanks"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var kept = await _app.WithDbAsync(db => db.Feedback.SingleAsync());
        kept.Page.ShouldBe("/learn/heat-or-cold");
        kept.Helpful.ShouldBe(true);
        kept.ReportsError.ShouldBeFalse();
        kept.Note.ShouldBe("Clear, thanks");
        kept.CreatedAt.ShouldBe(LimberWebFactory.Start.UtcDateTime);
    }

    [Fact]
    public async Task An_error_report_on_an_exercise_page_is_kept_as_one()
    {
        var response = await _client.PostJsonTextAsync("/api/feedback", """{"page":"/exercises/cat-cow","error":true,"note":"Step 2 says left twice"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var kept = await _app.WithDbAsync(db => db.Feedback.SingleAsync());
        kept.ReportsError.ShouldBeTrue();
        kept.Helpful.ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"page":"/learn/no-such-article","helpful":true}""", "page")]
    [InlineData("""{"page":"/history","helpful":true}""", "page")]
    [InlineData("""{"helpful":true}""", "page")]
    [InlineData("""{"page":"/learn/heat-or-cold"}""", "helpful")]
    [InlineData("""{"page":"/learn/heat-or-cold","error":true}""", "note")]
    [InlineData("""{"page":"/learn/heat-or-cold","helpful":"yes"}""", "body")]
    [InlineData("""{"page":"/learn/heat-or-cold","helpful":true,"stars":5}""", "body")]
    [InlineData("""not json""", "body")]
    public async Task Malformed_feedback_answers_400_problem_json_and_keeps_nothing(string json, string field)
    {
        var response = await _client.PostJsonTextAsync("/api/feedback", json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldContain(field);
        (await _app.WithDbAsync(db => db.Feedback.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_note_over_2000_characters_is_refused()
    {
        var note = new string('a', 2001);

        var response = await _client.PostJsonTextAsync("/api/feedback", $$"""{"page":"/learn/heat-or-cold","helpful":false,"note":"{{note}}"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync())["note"].ShouldBe(["must be 2000 characters or fewer"]);
    }
}
