using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Support;

/// <summary>Puts data straight into the app's database, for tests of the API that should not depend on the pages.</summary>
public static class Seed
{
    /// <summary>A valid intake for a desk worker; <c>now</c> is left to the caller's clock.</summary>
    public const string DeskWorker =
        """{"age": 38, "episodeStarted": "2026-11-10T08:00:00Z", "cause": "sitting", "pain": 4, "stiffness": 6, "equipment": ["heat-pack", "chair", "mat"]}""";

    /// <summary>Stores a check-in, its plan and a session started now; returns the ids and the plan.</summary>
    public static async Task<(Guid PlanId, Guid SessionId, Plan Plan)> SessionAsync(LimberWebFactory app, string? ownerId = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var now = app.Clock.GetUtcNow();
        var intake = IntakeReader.Read(DeskWorker, now).Intake.ShouldNotBeNull();
        var plan = new DailyPlanner(KnowledgeBase.Embedded).Create(intake);
        var checkIn = CheckIn.Issue(DeskWorker, intake, plan, now.UtcDateTime);
        var stored = checkIn.Plans[0];
        var session = new SessionRun { Id = Guid.NewGuid(), PlanId = stored.Id, StartedAt = now.UtcDateTime };
        stored.Sessions.Add(session);
        await As(app, ownerId, async db =>
        {
            db.CheckIns.Add(checkIn);
            return await db.SaveChangesAsync();
        });
        return (stored.Id, session.Id, plan);
    }

    /// <summary>Ends a session as completed and stores its rating (what the rating page saves).</summary>
    public static Task RatingAsync(LimberWebFactory app, Guid sessionId, int painAfter = 2, int stiffnessAfter = 3, string difficulty = "right", string? note = null, string? ownerId = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return As(app, ownerId, async db =>
        {
            var session = await db.Sessions.SingleAsync(s => s.Id == sessionId);
            session.EndedAt ??= now;
            session.Completed = true;
            db.Ratings.Add(new Rating
            {
                Id = Guid.NewGuid(),
                SessionRunId = sessionId,
                PainAfter = painAfter,
                StiffnessAfter = stiffnessAfter,
                Difficulty = difficulty,
                Note = note,
                CreatedAt = now,
            });
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>Stores what happened to one block (what the player posts after each block).</summary>
    public static Task ProgressAsync(LimberWebFactory app, Guid sessionId, int blockIndex, string exerciseId, string outcome, string? ownerId = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return As(app, ownerId, db =>
        {
            db.BlockProgress.Add(new BlockProgress
            {
                Id = Guid.NewGuid(),
                SessionRunId = sessionId,
                BlockIndex = blockIndex,
                ExerciseId = exerciseId,
                Outcome = outcome,
                At = now,
            });
            return db.SaveChangesAsync();
        });
    }

    /// <summary>The local person's database, or <paramref name="ownerId"/>'s in hosted mode.</summary>
    public static Task<T> As<T>(LimberWebFactory app, string? ownerId, Func<LimberDb, Task<T>> work) =>
        ownerId is null ? app.WithDbAsync(work) : app.WithDbAsync(ownerId, work);
}
