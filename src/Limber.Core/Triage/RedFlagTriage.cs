using Limber.Core.Planning;

namespace Limber.Core.Triage;

/// <summary>
/// Triage from the red flags alone. A ticked red flag decides the check-in whatever else is missing or
/// invalid, so this needs no other answer; it applies the same rules as <see cref="TriageRules"/>.
/// </summary>
public static class RedFlagTriage
{
    /// <summary>The level and advice for these red-flag codes; codes outside the contract are ignored (the intake reader reports them).</summary>
    public static TriageOutcome Assess(IReadOnlyList<string> redFlags) => TriageRules.Assess(Intake(redFlags, DateTimeOffset.UnixEpoch));

    /// <summary>
    /// An intake that holds only the red flags, with every other answer at its most neutral value (no pain,
    /// no stiffness, a bout starting now, no caution-raising answer). Only for a check-in whose red flags
    /// stop self-care: the planner then issues the same stop advice as for the full answers, and nothing
    /// in the stop plan comes from the neutral values but its episode and stage labels.
    /// </summary>
    public static Intake Intake(IReadOnlyList<string> redFlags, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(redFlags);
        return new Intake
        {
            Now = now,
            Age = 40,
            EpisodeStarted = now,
            Pain = 0,
            Stiffness = 0,
            RedFlags = [.. redFlags.Where(code => RedFlagRules.All.Any(rule => rule.Code == code)).Distinct(StringComparer.Ordinal)],
        };
    }
}
