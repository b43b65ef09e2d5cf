using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;
using Limber.Data;
using Limber.Web.Safety;
using Limber.Web.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Api;

/// <summary>The HTTP API: the same engine and the same JSON as the CLI, plus what the session player needs.</summary>
internal static class ApiEndpoints
{
    private const string Json = "application/json";

    public static void MapLimberApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");

        api.MapPost("/plan", CreatePlan)
            .Accepts<object>(Json)
            .Produces(StatusCodes.Status200OK, contentType: Json)
            .ProducesValidationProblem()
            .WithSummary("Make a plan from an intake (intake.schema.json); the response is plan.schema.json, byte for byte the CLI's JSON.")
            .AllowAnonymous()
            .RequireRateLimiting(Accounts.AccountsRegistration.OpenApiPolicy);

        api.MapGet("/catalog", (KnowledgeBase knowledge) => Results.Text(LimberJson.Serialize(knowledge.Records), Json))
            .WithSummary("Every catalog record, as `limber catalog --json` prints it.")
            .AllowAnonymous()
            .RequireRateLimiting(Accounts.AccountsRegistration.OpenApiPolicy);

        var sessions = api.MapGroup("/sessions/{id:guid}");

        // While the latest check-in stopped self-care, a session can neither resume nor record progress (409).
        sessions.MapGet("/", GetSession).RefusedDuringSafetyStop().Produces<SessionState>().WithSummary("A session's progress, for resuming; 409 while a safety stop is in force.");
        sessions.MapPost("/progress", SaveProgress).RefusedDuringSafetyStop().Accepts<ProgressRequest>(Json)
            .WithSummary("Record what happened to one block of the session; saved at once so a reload resumes there. 409 once the session has ended or while a safety stop is in force.");
        sessions.MapPost("/finish", Finish).RefusedDuringSafetyStop().Accepts<FinishRequest>(Json)
            .WithSummary("Mark the session completed, or stopped with a reason. Final: a second finish is 409 and changes nothing; 409 too while a safety stop is in force.");
        sessions.MapPost("/rating", Rate).Accepts<RatingRequest>(Json).WithSummary("Pain and stiffness now, how hard it felt, and a note.");
        sessions.MapPost("/next-day", NextDay).Accepts<NextDayRequest>(Json).WithSummary("Pain the day after the session.");
    }

    private static async Task<IResult> CreatePlan(HttpRequest request, DailyPlanner planner, TimeProvider clock)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        var read = IntakeReader.Read(body, clock.GetUtcNow());
        if (read.Intake is not { } intake)
        {
            return Results.ValidationProblem(ApiProblems.ByField(read.Problems), title: "The intake is not valid.");
        }

        return Results.Bytes(System.Text.Encoding.UTF8.GetBytes(LimberJson.Serialize(planner.Create(intake))), Json);
    }

    private static async Task<IResult> GetSession(Guid id, LimberDb db, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Progress).Include(s => s.Rating)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? Results.NotFound() : Results.Json(SessionState.Of(session), SessionJson.Default.SessionState);
    }

    private static async Task<IResult> SaveProgress(Guid id, HttpRequest request, LimberDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, rejected) = await StrictBody.ReadAsync(request, SessionJson.Default.ProgressRequest, cancellationToken);
        if (body is null)
        {
            return rejected!;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body.BlockIndex is not >= 0)
        {
            errors["blockIndex"] = ["must be 0 or more"];
        }

        if (body.Outcome is null || !SessionWrites.Outcomes.Contains(body.Outcome))
        {
            errors["outcome"] = ["must be one of done, skipped, easier, stopped"];
        }

        if (string.IsNullOrWhiteSpace(body.ExerciseId))
        {
            errors["exerciseId"] = ["is required"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        return Answer(await db.SaveProgressAsync(id, body.BlockIndex!.Value, body.ExerciseId!, body.Outcome!, clock.GetUtcNow().UtcDateTime, cancellationToken));
    }

    private static async Task<IResult> Finish(Guid id, HttpRequest request, LimberDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, rejected) = await StrictBody.ReadAsync(request, SessionJson.Default.FinishRequest, cancellationToken);
        return body is null ? rejected! : Answer(await db.FinishAsync(id, body.StoppedFor, clock.GetUtcNow().UtcDateTime, cancellationToken));
    }

    private static async Task<IResult> Rate(Guid id, HttpRequest request, RatingWriter writer, Accounts.CurrentOwner owner, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, rejected) = await StrictBody.ReadAsync(request, SessionJson.Default.RatingRequest, cancellationToken);
        if (body is null)
        {
            return rejected!;
        }

        var errors = RatingRequest.Validate(body);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim();
        var rating = new PendingRating(id, body.PainAfter!.Value, body.StiffnessAfter!.Value, body.Difficulty!, note, clock.GetUtcNow().UtcDateTime, owner.Id);
        return await writer.SaveAsync(rating, cancellationToken) ? Results.NoContent() : Results.NotFound();
    }

    private static async Task<IResult> NextDay(Guid id, HttpRequest request, LimberDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (body, rejected) = await StrictBody.ReadAsync(request, SessionJson.Default.NextDayRequest, cancellationToken);
        if (body is null)
        {
            return rejected!;
        }

        if (body.NextDayPain is not (>= 0 and <= 10))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["nextDayPain"] = ["must be an integer from 0 to 10"] });
        }

        return Answer(await db.SaveNextDayPainAsync(id, body.NextDayPain.Value, clock.GetUtcNow().UtcDateTime, cancellationToken));
    }

    /// <summary>A session write's outcome as HTTP: 204, 404, 409 for an ended session, 400 with the field.</summary>
    private static IResult Answer(SessionWrite write) => write.Outcome switch
    {
        SessionWriteOutcome.Saved => Results.NoContent(),
        SessionWriteOutcome.NotFound => Results.NotFound(),
        SessionWriteOutcome.Ended => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The session has ended.", detail: "A finished session is final; nothing was changed."),
        SessionWriteOutcome.NotRunnable => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "This plan is not one to exercise with."),
        _ => Results.ValidationProblem(write.Problems.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)),
    };
}

internal sealed record ProgressRequest(int? BlockIndex, string? ExerciseId, string? Outcome);

internal sealed record FinishRequest(string? StoppedFor);

internal sealed record NextDayRequest(int? NextDayPain);

internal sealed record RatingRequest(int? PainAfter, int? StiffnessAfter, string? Difficulty, string? Note)
{
    public static Dictionary<string, string[]> Validate(RatingRequest body)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.PainAfter is not (>= 0 and <= 10))
        {
            errors["painAfter"] = ["must be an integer from 0 to 10"];
        }

        if (body.StiffnessAfter is not (>= 0 and <= 10))
        {
            errors["stiffnessAfter"] = ["must be an integer from 0 to 10"];
        }

        if (body.Difficulty is not ("too-easy" or "right" or "too-hard"))
        {
            errors["difficulty"] = ["must be too-easy, right or too-hard"];
        }

        if (body.Note is { Length: > 2000 })
        {
            errors["note"] = ["must be 2000 characters or fewer"];
        }

        return errors;
    }
}

/// <summary>A session's progress as the player needs it to resume.</summary>
internal sealed record SessionState(Guid Id, Guid PlanId, bool Ended, bool Completed, string? StoppedFor, IReadOnlyList<BlockState> Blocks, bool Rated)
{
    public static SessionState Of(SessionRun session) => new(
        session.Id,
        session.PlanId,
        session.EndedAt is not null,
        session.Completed,
        session.StoppedFor,
        [.. session.Progress.OrderBy(p => p.BlockIndex).Select(p => new BlockState(p.BlockIndex, p.ExerciseId, p.Outcome))],
        session.Rating is not null);
}

internal sealed record BlockState(int BlockIndex, string ExerciseId, string Outcome);

/// <summary>Turns the intake reader's problems into problem+json errors keyed by JSON path.</summary>
internal static class ApiProblems
{
    public static Dictionary<string, string[]> ByField(IReadOnlyList<IntakeProblem> problems) =>
        problems
            .GroupBy(p => p.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal);
}
