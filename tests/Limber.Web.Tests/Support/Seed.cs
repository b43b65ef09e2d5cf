using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;
using Limber.Data;

namespace Limber.Web.Tests.Support;

/// <summary>Puts data straight into the app's database, for tests of the API that should not depend on the pages.</summary>
public static class Seed
{
    /// <summary>A valid intake for a desk worker; <c>now</c> is left to the caller's clock.</summary>
    public const string DeskWorker =
        """{"age": 38, "episodeStarted": "2026-11-10T08:00:00Z", "cause": "sitting", "pain": 4, "stiffness": 6, "equipment": ["heat-pack", "chair", "mat"]}""";

    /// <summary>Stores a check-in, its plan and a session started now; returns the ids and the plan.</summary>
    public static async Task<(Guid PlanId, Guid SessionId, Plan Plan)> SessionAsync(LimberWebFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var now = app.Clock.GetUtcNow();
        var intake = IntakeReader.Read(DeskWorker, now).Intake.ShouldNotBeNull();
        var plan = new DailyPlanner(KnowledgeBase.Embedded).Create(intake);
        var checkIn = new CheckIn { Id = Guid.NewGuid(), CreatedAt = now.UtcDateTime, IntakeJson = DeskWorker };
        var stored = new StoredPlan
        {
            Id = Guid.NewGuid(),
            CreatedAt = now.UtcDateTime,
            Status = Code.Of(plan.Status),
            Stage = Code.Of(plan.Stage),
            PainBefore = intake.Pain,
            StiffnessBefore = intake.Stiffness,
            PlanJson = LimberJson.Serialize(plan),
        };
        var session = new SessionRun { Id = Guid.NewGuid(), PlanId = stored.Id, StartedAt = now.UtcDateTime };
        checkIn.Plans.Add(stored);
        stored.Sessions.Add(session);
        await app.WithDbAsync(async db =>
        {
            db.CheckIns.Add(checkIn);
            return await db.SaveChangesAsync();
        });
        return (stored.Id, session.Id, plan);
    }
}
