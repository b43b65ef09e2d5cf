using Limber.Core.Catalog;
using Limber.Core.Planning;

namespace Limber.Core.Progression;

/// <summary>Today's stage on the ladder and the reason, in words the plan shows.</summary>
public sealed record StageDecision(Stage Stage, string Reason);

/// <summary>
/// Moves a person along mobility → stability → strength from their session history.
/// Step up after <see cref="SessionsToStepUp"/> completed sessions in a row that went well,
/// and only while today's pain is at most <see cref="MaxPainToStepUp"/>; step back one stage
/// after a session stopped for pain or leg symptoms, a rise of <see cref="MinimalImportantChange"/>
/// points or more, or a "too hard" rating. See docs/adr/0004-progression-rule.md.
/// </summary>
public static class ProgressionRule
{
    /// <summary>Completed sessions in a row that went well before stepping up.</summary>
    public const int SessionsToStepUp = 3;

    /// <summary>The minimal important change on the 0-10 pain scale (Ostelo 2008, Farrar 2001).</summary>
    public const int MinimalImportantChange = 2;

    /// <summary>S2: strengthen once the mobility work is comfortable and pain-free; 3 of 10 is our line for "mild".</summary>
    public const int MaxPainToStepUp = 3;

    public static readonly IReadOnlyList<string> Sources = ["S2", "OSTELO-2008", "FARRAR-2001"];

    public static string RuleText { get; } =
        $"How Limber moves you on: it steps up a stage (mobility, then stability, then strength) after {SessionsToStepUp} completed sessions in a row " +
        $"where pain did not rise after the session or the next day and it was not too hard, and only when today's pain is {MaxPainToStepUp} or less. " +
        $"Only sessions done at your current stage count towards the next. " +
        $"It steps back one stage after a session stopped for pain or leg symptoms, a pain rise of {MinimalImportantChange} points or more (the smallest change that matters), or a \"too hard\" rating.";

    public static StageDecision Decide(IReadOnlyList<SessionRecord> history, int painToday)
    {
        ArgumentNullException.ThrowIfNull(history);
        var sessions = history.OrderBy(s => s.Date).ToList();
        var stage = Stage.Mobility;
        var streak = 0;
        var steppedUpOnLast = false;
        string? lastChange = null;
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            steppedUpOnLast = false;
            if (WentBadly(session) is { } why)
            {
                lastChange = stage > Stage.Mobility
                    ? $"stepped back to {Code.Of(--stage)} because a session on {session.Date:yyyy-MM-dd} {why}"
                    : $"staying at mobility because a session on {session.Date:yyyy-MM-dd} {why}";
                streak = 0;
            }
            else if (WentWell(session))
            {
                // A session counts towards the next stage only if it was done at today's stage or
                // above: sessions logged at mobility count towards stability, never towards strength.
                // A session with no stage logged (an older intake) counts as before.
                if (session.Stage is { } done && done < stage)
                {
                    continue;
                }

                streak++;
                if (streak >= SessionsToStepUp && stage < Stage.Strength)
                {
                    stage++;
                    streak = 0;
                    steppedUpOnLast = true;
                    lastChange = $"stepped up to {Code.Of(stage)} after {SessionsToStepUp} sessions in a row that went well";
                }
            }
            else
            {
                streak = 0;
            }
        }

        // The step earned by the latest sessions takes effect today only if today's pain allows it;
        // stages already practised in earlier sessions are kept.
        if (steppedUpOnLast && painToday > MaxPainToStepUp)
        {
            stage--;
            streak = SessionsToStepUp;
            lastChange = $"staying at {Code.Of(stage)}: the last {SessionsToStepUp} sessions went well, but today's pain is {painToday}, " +
                $"so the step up waits until it is {MaxPainToStepUp} or less";
        }

        var reason = lastChange ?? (sessions.Count == 0
            ? "starting at mobility: every plan begins with gentle movement and stretches"
            : "at mobility until sessions go well several times in a row");
        if (stage < Stage.Strength && streak < SessionsToStepUp)
        {
            reason += $"; {streak} of {SessionsToStepUp} good sessions towards the next stage";
        }

        return new StageDecision(stage, $"Today's stage is {Code.Of(stage)}: {reason}.");
    }

    /// <summary>Why a session means stepping back, or null when it does not.</summary>
    private static string? WentBadly(SessionRecord session) => session switch
    {
        { StoppedFor: "pain" } => "was stopped for pain",
        { StoppedFor: "leg-symptoms" } => "was stopped for leg symptoms",
        { Difficulty: "too-hard" } => "felt too hard",
        { PainBefore: { } before, PainAfter: { } after } when after - before >= MinimalImportantChange => $"raised pain by {after - before} points",
        { PainBefore: { } before, NextDayPain: { } nextDay } when nextDay - before >= MinimalImportantChange => $"was followed by {nextDay - before} points more pain the next day",
        _ => null,
    };

    /// <summary>Completed, pain known after and not higher, not higher the next day, not too hard.</summary>
    private static bool WentWell(SessionRecord session) =>
        session.Completed
        && session is { PainBefore: { } before, PainAfter: { } after }
        && after <= before
        && (session.NextDayPain is not { } nextDay || nextDay <= before);
}
