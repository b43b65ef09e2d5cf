using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;
using Limber.Data;
using Limber.Web.Safety;
using Microsoft.AspNetCore.Http.HttpResults;
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
            .WithSummary("Make a plan from an intake (intake.schema.json); the response is plan.schema.json, byte for byte the CLI's JSON.");

        api.MapGet("/catalog", (KnowledgeBase knowledge) => Results.Text(LimberJson.Serialize(knowledge.Records), Json))
            .WithSummary("Every catalog record, as `limber catalog --json` prints it.");

        var sessions = api.MapGroup("/sessions/{id:guid}");

        // While the latest check-in stopped self-care, a session can neither resume nor record progress (409).
        sessions.MapGet("/", GetSession).RefusedDuringSafetyStop().WithSummary("A session's progress, for resuming; 409 while a safety stop is in force.");
        sessions.MapPost("/progress", SaveProgress).RefusedDuringSafetyStop().WithSummary("Record what happened to one block; saved at once so a reload resumes there; 409 while a safety stop is in force.");
        sessions.MapPost("/finish", Finish).RefusedDuringSafetyStop().WithSummary("Mark the session completed, or stopped with a reason; 409 while a safety stop is in force.");
        sessions.MapPost("/rating", Rate).WithSummary("Pain and stiffness now, how hard it felt, and a note.");
        sessions.MapPost("/next-day", NextDay).WithSummary("Pain the day after the session.");
    }

    private static async Task<IResult> CreatePlan(HttpRequest request, DailyPlanner planner, TimeProvider clock, PlanCache cache)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (cache.Find(body) is { } cached)
        {
            return Results.Bytes(cached, Json);
        }

        var read = IntakeReader.Read(body, clock.GetUtcNow());
        if (read.Intake is not { } intake)
        {
            return Results.ValidationProblem(ApiProblems.ByField(read.Problems), title: "The intake is not valid.");
        }

        var json = System.Text.Encoding.UTF8.GetBytes(LimberJson.Serialize(planner.Create(intake)));
        cache.Keep(body, json, intakeGivesNow: body.Contains("\"now\"", StringComparison.Ordinal));
        return Results.Bytes(json, Json);
    }

    private static async Task<Results<Ok<SessionState>, NotFound>> GetSession(Guid id, LimberDb db, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Progress).Include(s => s.Rating)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return session is null ? TypedResults.NotFound() : TypedResults.Ok(SessionState.Of(session));
    }

    private static async Task<IResult> SaveProgress(Guid id, ProgressRequest body, LimberDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.BlockIndex < 0)
        {
            errors["blockIndex"] = ["must be 0 or more"];
        }

        if (body.Outcome is not ("done" or "skipped" or "easier" or "stopped"))
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

        var session = await db.Sessions.Include(s => s.Progress).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Results.NotFound();
        }

        var existing = session.Progress.FirstOrDefault(p => p.BlockIndex == body.BlockIndex);
        if (existing is null)
        {
            session.Progress.Add(new BlockProgress
            {
                Id = Guid.NewGuid(),
                BlockIndex = body.BlockIndex,
                ExerciseId = body.ExerciseId!,
                Outcome = body.Outcome!,
                At = clock.GetUtcNow().UtcDateTime,
            });
        }
        else
        {
            existing.Outcome = body.Outcome!;
            existing.At = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Finish(Guid id, FinishRequest body, LimberDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body.StoppedFor is not (null or "pain" or "leg-symptoms" or "time" or "other"))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["stoppedFor"] = ["must be pain, leg-symptoms, time, other or absent"] });
        }

        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return Results.NotFound();
        }

        session.EndedAt ??= clock.GetUtcNow().UtcDateTime;
        session.Completed = body.StoppedFor is null;
        session.StoppedFor = body.StoppedFor;
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Rate(Guid id, RatingRequest body, RatingWriter writer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = RatingRequest.Validate(body);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var note = string.IsNullOrWhiteSpace(body.Note) ? null : body.Note.Trim();
        var rating = new PendingRating(id, body.PainAfter!.Value, body.StiffnessAfter!.Value, body.Difficulty!, note, clock.GetUtcNow().UtcDateTime);
        return await writer.SaveAsync(rating, cancellationToken) ? Results.NoContent() : Results.NotFound();
    }

    private static async Task<IResult> NextDay(Guid id, NextDayRequest body, LimberDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body.NextDayPain is not (>= 0 and <= 10))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["nextDayPain"] = ["must be an integer from 0 to 10"] });
        }

        var rating = await db.Ratings.FirstOrDefaultAsync(r => r.SessionRunId == id, cancellationToken);
        if (rating is null)
        {
            return Results.NotFound();
        }

        rating.NextDayPain = body.NextDayPain;
        rating.NextDayAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Results.NoContent();
    }
}

internal sealed record ProgressRequest(int BlockIndex, string? ExerciseId, string? Outcome);

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
