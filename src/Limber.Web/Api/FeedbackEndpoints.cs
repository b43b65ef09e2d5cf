using System.Text.Json;
using Limber.Web.Feedback;

namespace Limber.Web.Api;

/// <summary><c>POST /api/feedback</c>: "Was this helpful?" and "Report an error" from article and exercise pages.</summary>
internal static class FeedbackEndpoints
{
    private static readonly JsonSerializerOptions Reading = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static void MapFeedback(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/feedback", Post)
            .Accepts<FeedbackRequest>("application/json")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .WithSummary("Keep feedback on a page for review: {\"page\":\"/learn/{slug}\",\"helpful\":true,\"note\":\"...\"}, or {\"error\":true,\"note\":\"...\"} to report an error. 202 when kept.");

    private static async Task<IResult> Post(HttpContext context, FeedbackBox box, CancellationToken cancellationToken)
    {
        FeedbackRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<FeedbackRequest>(context.Request.Body, Reading, cancellationToken);
        }
        catch (JsonException e)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["body"] = [$"is not feedback JSON at {e.Path ?? "$"}: expected {{\"page\": string, \"helpful\": true or false, \"note\": string, \"error\": true or false}} and no other fields"] },
                title: "The feedback is not valid.");
        }

        var (entry, problems) = box.Check(body);
        if (entry is null)
        {
            return Results.ValidationProblem(problems, title: "The feedback is not valid.");
        }

        await box.KeepAsync(entry, cancellationToken);
        return Results.Accepted();
    }
}
