using System.Text.Json.Serialization;
using Limber.Core.Catalog;

namespace Limber.Core.Planning;

/// <summary>ok: self-care plan; soon: doctor within days; urgent: doctor today; emergency: emergency department now.</summary>
public enum PlanStatus
{
    Ok,
    Soon,
    Urgent,
    Emergency,
}

/// <summary>How serious one line of advice is.</summary>
public enum AdviceLevel
{
    Emergency,
    Urgent,
    Soon,
    Caution,
    Info,
}

/// <summary>acute: under 6 weeks; subacute: 6 to 12 weeks; chronic: over 12 weeks.</summary>
public enum Episode
{
    Acute,
    Subacute,
    Chronic,
}

/// <summary>Which part of the session a block belongs to.</summary>
public enum SessionPart
{
    WarmUp,
    Mobility,
    Stretch,
    Stability,
    Strength,
    CoolDown,
}

/// <summary>Everything Limber advises for one check-in (plan.schema.json).</summary>
public sealed record Plan(
    PlanStatus Status,
    IReadOnlyList<Advice> Advice,
    Episode Episode,
    Stage Stage,
    IReadOnlyList<ThermalStep> Thermal,
    Session? Session,
    IReadOnlyList<PlannedHabit> Habits,
    IReadOnlyList<SourceReference> Sources,
    DateTimeOffset Now);

/// <summary>One line of advice: a red flag, a caution, or an explanation.</summary>
public sealed record Advice(string Code, AdviceLevel Level, string Text, IReadOnlyList<string> Sources);

/// <summary>One heat or cold application at clock times.</summary>
public sealed record ThermalStep(
    ThermalMode Kind,
    string TherapyId,
    int Minutes,
    double MinHoursBetween,
    DateTimeOffset From,
    DateTimeOffset Until,
    string Why,
    IReadOnlyList<string> Sources);

/// <summary>Today's guided session.</summary>
public sealed record Session(int TotalSeconds, IReadOnlyList<SessionBlock> Blocks);

/// <summary>One exercise of the session with its dose and timing.</summary>
public sealed record SessionBlock(
    string ExerciseId,
    string Name,
    SessionPart Part,
    Sides Sides,
    int Sets,
    int Reps,
    int HoldSeconds,
    int RestSeconds,
    int SecondsPerRep,
    int Seconds,
    string Why,
    IReadOnlyList<string> Sources,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Easier);

/// <summary>A habit for the rest of the day.</summary>
public sealed record PlannedHabit(string Id, string Text, string Why, IReadOnlyList<string> Sources);

/// <summary>A cited source with its title.</summary>
public sealed record SourceReference(string Id, string Title);
