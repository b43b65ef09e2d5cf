using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;

namespace Limber.Data;

/// <summary>
/// One check-in as the person answered it: the intake JSON, exactly as the engine read it. A check-in whose
/// red flags stopped self-care is kept even when its other answers were missing or invalid (the JSON is then
/// as given); its status is its plan's status.
/// </summary>
public sealed class CheckIn : IOwned
{
    public Guid Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string IntakeJson { get; set; }

    public List<StoredPlan> Plans { get; set; } = [];

    /// <summary>
    /// A check-in and the plan issued for it, ready to add: the plan JSON is stored as issued.
    /// <paramref name="id"/> is the check-in form's token, so a form sent twice is one check-in.
    /// </summary>
    public static CheckIn Issue(string intakeJson, Intake intake, Plan plan, DateTime at, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(plan);
        var checkIn = new CheckIn { Id = id ?? Guid.NewGuid(), CreatedAt = at, IntakeJson = intakeJson };
        checkIn.Plans.Add(new StoredPlan
        {
            Id = Guid.NewGuid(),
            CreatedAt = at,
            Status = Code.Of(plan.Status),
            Stage = Code.Of(plan.Stage),
            PainBefore = intake.Pain,
            StiffnessBefore = intake.Stiffness,
            PlanJson = LimberJson.Serialize(plan),
        });
        return checkIn;
    }

    /// <inheritdoc/>
    public string OwnerId { get; set; } = "";
}

/// <summary>A plan as issued: the contract JSON, never recomputed, so what the person saw is what is kept.</summary>
public sealed class StoredPlan : IOwned
{
    public Guid Id { get; set; }

    public Guid CheckInId { get; set; }

    public CheckIn? CheckIn { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>ok, soon, urgent or emergency.</summary>
    public required string Status { get; set; }

    /// <summary>mobility, stability or strength.</summary>
    public required string Stage { get; set; }

    /// <summary>The check-in's pain and stiffness: the "before" of a session run from this plan.</summary>
    public int PainBefore { get; set; }

    public int StiffnessBefore { get; set; }

    public required string PlanJson { get; set; }

    /// <summary>
    /// The person's plans in the order they were stored (1, 2, 3...): the latest plan is the newest by time,
    /// and of plans stored at the very same instant, the one with the highest number.
    /// </summary>
    public long Number { get; set; }

    public List<SessionRun> Sessions { get; set; } = [];

    /// <summary>The plan as it was issued.</summary>
    public Plan Issued() => System.Text.Json.JsonSerializer.Deserialize<Plan>(PlanJson, LimberJson.Options)!;

    /// <inheritdoc/>
    public string OwnerId { get; set; } = "";
}

/// <summary>One guided session run from a plan, with its progress saved after every block.</summary>
public sealed class SessionRun : IOwned
{
    public Guid Id { get; set; }

    public Guid PlanId { get; set; }

    public StoredPlan? Plan { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>Set when the last block is done or the person stops.</summary>
    public DateTime? EndedAt { get; set; }

    public bool Completed { get; set; }

    /// <summary>pain, leg-symptoms, time or other, when the session was stopped.</summary>
    public string? StoppedFor { get; set; }

    public List<BlockProgress> Progress { get; set; } = [];

    public Rating? Rating { get; set; }

    /// <inheritdoc/>
    public string OwnerId { get; set; } = "";
}

/// <summary>What happened to one block of a session.</summary>
public sealed class BlockProgress : IOwned
{
    public Guid Id { get; set; }

    public Guid SessionRunId { get; set; }

    public int BlockIndex { get; set; }

    public required string ExerciseId { get; set; }

    /// <summary>done, skipped, easier (done as the easier variant) or stopped.</summary>
    public required string Outcome { get; set; }

    public DateTime At { get; set; }

    /// <inheritdoc/>
    public string OwnerId { get; set; } = "";
}

/// <summary>How the session went: pain and stiffness now, difficulty, note, and pain the next day.</summary>
public sealed class Rating : IOwned
{
    public Guid Id { get; set; }

    public Guid SessionRunId { get; set; }

    public int PainAfter { get; set; }

    public int StiffnessAfter { get; set; }

    /// <summary>too-easy, right or too-hard.</summary>
    public required string Difficulty { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }

    public int? NextDayPain { get; set; }

    public DateTime? NextDayAt { get; set; }

    /// <inheritdoc/>
    public string OwnerId { get; set; } = "";
}
