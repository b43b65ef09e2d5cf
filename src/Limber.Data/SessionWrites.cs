using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Core.Json;
using Limber.Core.Planning;
using Microsoft.EntityFrameworkCore;

namespace Limber.Data;

/// <summary>How a write to a session went. Expected outcomes, not exceptions.</summary>
public enum SessionWriteOutcome
{
    /// <summary>Written (or, for a repeat of the same request, already so).</summary>
    Saved,

    /// <summary>No such session, plan or rating.</summary>
    NotFound,

    /// <summary>The session has ended: a finished session is final.</summary>
    Ended,

    /// <summary>The request is outside the plan; <see cref="SessionWrite.Problems"/> says which field.</summary>
    Invalid,

    /// <summary>The plan is not one to exercise with (a red flag stopped it).</summary>
    NotRunnable,
}

/// <summary>The outcome of one session write, with the problems by field when it is invalid, and the session it concerns.</summary>
public sealed record SessionWrite(SessionWriteOutcome Outcome, IReadOnlyDictionary<string, string[]> Problems, Guid? SessionId = null)
{
    private static readonly Dictionary<string, string[]> None = [];

    public static SessionWrite Saved { get; } = new(SessionWriteOutcome.Saved, None);

    public static SessionWrite NotFound { get; } = new(SessionWriteOutcome.NotFound, None);

    public static SessionWrite Ended { get; } = new(SessionWriteOutcome.Ended, None);

    public static SessionWrite NotRunnable { get; } = new(SessionWriteOutcome.NotRunnable, None);

    public static SessionWrite Started(Guid sessionId) => new(SessionWriteOutcome.Saved, None, sessionId);

    public static SessionWrite Invalid(string field, string message) =>
        new(SessionWriteOutcome.Invalid, new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [message] });
}

/// <summary>
/// The one write path for each session action (start, progress, finish, next-day pain) and for
/// issuing a check-in once; pages and the API both call these, so the rules live here once:
/// a finished session is final, a repeat does not duplicate, and progress stays inside the plan.
/// Each rule is decided by the database in one statement, so two requests at once cannot both win.
/// </summary>
public static class SessionWrites
{
    /// <summary>The stop reasons a session can end with (absent: completed).</summary>
    public static readonly IReadOnlyList<string> StopReasons = ["pain", "leg-symptoms", "time", "other"];

    /// <summary>What the player reports for a block.</summary>
    public static readonly IReadOnlyList<string> Outcomes = ["done", "skipped", "easier", "stopped"];

    /// <summary>
    /// Starts a guided session of an ok plan, or returns the one already open: a double-clicked
    /// Start makes one session. The insert happens only when no session of the plan is open, and a
    /// unique index on open sessions backs that up.
    /// </summary>
    public static async Task<SessionWrite> StartAsync(this LimberDb db, Guid planId, DateTime at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var status = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Status).FirstOrDefaultAsync(cancellationToken);
        if (status is null)
        {
            return SessionWrite.NotFound;
        }

        if (status != "ok")
        {
            return SessionWrite.NotRunnable;
        }

        var id = Guid.NewGuid();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "Sessions" ("Id", "PlanId", "StartedAt", "Completed", "OwnerId")
            SELECT {id}, {planId}, {at}, {false}, {db.OwnerId}
            WHERE EXISTS (SELECT 1 FROM "Plans" WHERE "Id" = {planId} AND "OwnerId" = {db.OwnerId})
              AND NOT EXISTS (SELECT 1 FROM "Sessions" WHERE "PlanId" = {planId} AND "EndedAt" IS NULL)
            ON CONFLICT DO NOTHING
            """,
            cancellationToken);
        var open = await db.Sessions.AsNoTracking().Where(s => s.PlanId == planId && s.EndedAt == null)
            .OrderByDescending(s => s.StartedAt).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        return open is { } sessionId ? SessionWrite.Started(sessionId) : SessionWrite.Ended;
    }

    /// <summary>
    /// Records what happened to one block: an upsert on (session, block), so two writes to the same
    /// new block never collide. Rejected when the block or exercise is not in the session, or the
    /// session has ended.
    /// </summary>
    public static async Task<SessionWrite> SaveProgressAsync(this LimberDb db, Guid sessionId, int blockIndex, string exerciseId, string outcome, DateTime at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!Outcomes.Contains(outcome))
        {
            return SessionWrite.Invalid("outcome", "must be one of done, skipped, easier, stopped");
        }

        var found = await db.Sessions.AsNoTracking().Where(s => s.Id == sessionId)
            .Select(s => new { s.EndedAt, s.Plan!.PlanJson }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return SessionWrite.NotFound;
        }

        if (found.EndedAt is not null)
        {
            return SessionWrite.Ended;
        }

        var blocks = JsonSerializer.Deserialize<Plan>(found.PlanJson, LimberJson.Options)?.Session?.Blocks ?? [];
        if (blockIndex < 0 || blockIndex >= blocks.Count)
        {
            return SessionWrite.Invalid("blockIndex", blocks.Count == 0 ? "this session has no blocks" : $"must be a block of this session, from 0 to {blocks.Count - 1}");
        }

        var block = blocks[blockIndex];
        if (exerciseId != block.ExerciseId && exerciseId != block.Easier)
        {
            return SessionWrite.Invalid("exerciseId", $"must be the exercise of block {blockIndex} ({block.ExerciseId}) or its easier variant");
        }

        var written = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "BlockProgress" ("Id", "SessionRunId", "BlockIndex", "ExerciseId", "Outcome", "At", "OwnerId")
            SELECT {Guid.NewGuid()}, {sessionId}, {blockIndex}, {exerciseId}, {outcome}, {at}, {db.OwnerId}
            WHERE EXISTS (SELECT 1 FROM "Sessions" WHERE "Id" = {sessionId} AND "EndedAt" IS NULL AND "OwnerId" = {db.OwnerId})
            ON CONFLICT ("SessionRunId", "BlockIndex") DO UPDATE SET "ExerciseId" = excluded."ExerciseId", "Outcome" = excluded."Outcome", "At" = excluded."At"
            """,
            cancellationToken);
        return written == 0 ? SessionWrite.Ended : SessionWrite.Saved;
    }

    /// <summary>
    /// Ends a session, completed (no reason) or stopped for a reason. Final: one conditional
    /// UPDATE, so of two finishes at once exactly one is written and the other is <see cref="SessionWriteOutcome.Ended"/>.
    /// </summary>
    public static async Task<SessionWrite> FinishAsync(this LimberDb db, Guid sessionId, string? stoppedFor, DateTime at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (stoppedFor is not null && !StopReasons.Contains(stoppedFor))
        {
            return SessionWrite.Invalid("stoppedFor", "must be pain, leg-symptoms, time, other or absent");
        }

        var updated = await db.Sessions.Where(s => s.Id == sessionId && s.EndedAt == null).ExecuteUpdateAsync(
            set => set
                .SetProperty(s => s.EndedAt, (DateTime?)at)
                .SetProperty(s => s.Completed, stoppedFor == null)
                .SetProperty(s => s.StoppedFor, stoppedFor),
            cancellationToken);
        if (updated == 1)
        {
            return SessionWrite.Saved;
        }

        return await db.Sessions.AnyAsync(s => s.Id == sessionId, cancellationToken) ? SessionWrite.Ended : SessionWrite.NotFound;
    }

    /// <summary>Pain the day after a rated session; the last answer counts.</summary>
    public static async Task<SessionWrite> SaveNextDayPainAsync(this LimberDb db, Guid sessionId, int nextDayPain, DateTime at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (nextDayPain is < 0 or > 10)
        {
            return SessionWrite.Invalid("nextDayPain", "must be an integer from 0 to 10");
        }

        var updated = await db.Ratings.Where(r => r.SessionRunId == sessionId).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.NextDayPain, (int?)nextDayPain).SetProperty(r => r.NextDayAt, (DateTime?)at),
            cancellationToken);
        return updated == 0 ? SessionWrite.NotFound : SessionWrite.Saved;
    }

    /// <summary>
    /// Stores a check-in and its plan once per form: the form's token is the check-in's id, so a
    /// double-submitted form makes one plan. A token already used for different answers (a form
    /// sent again after editing) is issued as a new check-in, never answered with the old plan.
    /// Returns the plan's id.
    /// </summary>
    public static async Task<Guid> IssueOnceAsync(this LimberDb db, CheckIn checkIn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(checkIn);
        if (db.OwnerId == Owners.Nobody)
        {
            throw new InvalidOperationException("A check-in was issued with nobody signed in.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "CheckIns" ("Id", "CreatedAt", "IntakeJson", "OwnerId") VALUES ({checkIn.Id}, {checkIn.CreatedAt}, {checkIn.IntakeJson}, {db.OwnerId}) ON CONFLICT ("Id") DO NOTHING""",
            cancellationToken);
        if (inserted == 0)
        {
            // Another person's check-in with this id is invisible here: issue this one under a new id.
            var earlier = await db.CheckIns.AsNoTracking().Where(c => c.Id == checkIn.Id).Select(c => c.IntakeJson).FirstOrDefaultAsync(cancellationToken);
            if (earlier is null || !SameAnswers(earlier, checkIn.IntakeJson))
            {
                await transaction.RollbackAsync(cancellationToken);
                checkIn.Id = Guid.NewGuid();
                return await db.IssueOnceAsync(checkIn, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return await db.Plans.AsNoTracking().Where(p => p.CheckInId == checkIn.Id).OrderBy(p => p.CreatedAt).Select(p => p.Id).FirstAsync(cancellationToken);
        }

        foreach (var plan in checkIn.Plans)
        {
            plan.CheckInId = checkIn.Id;
            db.Plans.Add(plan);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return checkIn.Plans[0].Id;
    }

    /// <summary>Two intakes with the same answers: everything but <c>now</c>, which moves between two clicks.</summary>
    private static bool SameAnswers(string first, string second)
    {
        static string Answers(string json)
        {
            var node = JsonNode.Parse(json)?.AsObject();
            node?.Remove("now");
            return node?.ToJsonString() ?? "";
        }

        return Answers(first) == Answers(second);
    }
}
