using Limber.Core.Catalog;

namespace Limber.Core.Planning;

/// <summary>
/// A validated check-in (intake.schema.json): what the person told Limber before a plan is made.
/// Codes are the contract's kebab-case strings; every date-time is in UTC.
/// </summary>
public sealed record Intake
{
    /// <summary>The moment the plan is for: <c>intake.now</c>, or the caller's clock when it is absent.</summary>
    public required DateTimeOffset Now { get; init; }

    public required int Age { get; init; }

    public required DateTimeOffset EpisodeStarted { get; init; }

    public bool FirstEpisode { get; init; }

    public string Cause { get; init; } = "unknown";

    public required int Pain { get; init; }

    public required int Stiffness { get; init; }

    public string PainSpread { get; init; } = "none";

    public IReadOnlyList<string> RedFlags { get; init; } = [];

    public IReadOnlyList<string> Conditions { get; init; } = [];

    public int? PregnancyWeeks { get; init; }

    /// <summary><c>mobility.floor</c>: can get down to the floor and back up.</summary>
    public bool CanGetToFloor { get; init; } = true;

    /// <summary><c>mobility.kneeling</c>.</summary>
    public bool CanKneel { get; init; } = true;

    public IReadOnlyList<string> Equipment { get; init; } = [];

    public int Minutes { get; init; } = 15;

    public string ThermalPreference { get; init; } = "none";

    /// <summary>Earlier sessions, oldest first.</summary>
    public IReadOnlyList<SessionRecord> History { get; init; } = [];

    /// <summary><c>morningStiffnessMinutes</c>: how long it takes to loosen up after getting up (0 to 240), when the person said.</summary>
    public int? MorningStiffnessMinutes { get; init; }

    /// <summary><c>startBack</c>: the band (low, medium, high) of the latest STarT Back form scored by Limber, when there is one.</summary>
    public string? StartBack { get; init; }

    public bool Has(string condition) => Conditions.Contains(condition);
}

/// <summary>One earlier session from <c>intake.history</c>.</summary>
public sealed record SessionRecord(
    DateTimeOffset Date,
    bool Completed,
    Stage? Stage,
    int? PainBefore,
    int? PainAfter,
    int? StiffnessBefore,
    int? StiffnessAfter,
    int? NextDayPain,
    string? Difficulty,
    string? StoppedFor);
