using System.Globalization;
using Limber.Core.Calendar;

namespace Limber.Core.Outcomes;

/// <summary>One measurement at a moment (UTC): a pain score, a questionnaire score, minutes of morning stiffness.</summary>
public sealed record Reading(DateTime AtUtc, double Value);

/// <summary>The first and the latest reading of a measure, and the change between them when there are two.</summary>
public sealed record MeasureProgress(string Measure, Reading Baseline, Reading Latest, int Count, Change? Change);

/// <summary>The mean of one measure over one of the person's weeks.</summary>
public sealed record WeekValue(DateOnly Monday, double Mean, int Count);

/// <summary>
/// Baseline against latest for the measures whose change Limber judges (<see cref="MeaningfulChange"/>),
/// said in plain words, and weekly means for the charts.
/// </summary>
public static class OutcomeTrends
{
    /// <summary>The weekly charts show at most this many of the latest weeks that have a reading.</summary>
    public const int ChartWeeks = 12;

    /// <summary>What each measure is called in a sentence.</summary>
    public static string NameOf(string measure) => measure switch
    {
        "pain" => "Pain",
        "rmdq" => "Roland-Morris disability score",
        "odi" => "Oswestry disability score",
        "psfs" => "Activity score (PSFS)",
        _ => measure,
    };

    /// <summary>Each measure's scale, as shown after a number.</summary>
    public static string ScaleOf(string measure) => measure switch
    {
        "pain" => " out of 10",
        "rmdq" => " out of 24",
        "odi" => "%",
        "psfs" => " out of 10",
        _ => "",
    };

    /// <summary>The first and latest of <paramref name="readings"/> (in any order), judged when there are two or more; null when there are none.</summary>
    public static MeasureProgress? Of(string measure, IEnumerable<Reading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var ordered = readings.OrderBy(r => r.AtUtc).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        var (baseline, latest) = (ordered[0], ordered[^1]);
        var change = ordered.Count > 1 ? MeaningfulChange.Assess(measure, baseline.Value, latest.Value) : null;
        return new MeasureProgress(measure, baseline, latest, ordered.Count, change);
    }

    /// <summary>
    /// The change in plain words: where the person started, where they are, by how much it moved and
    /// whether that is more than chance, with the threshold that decided it.
    /// </summary>
    public static string Sentence(MeasureProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var scale = ScaleOf(progress.Measure);
        var name = NameOf(progress.Measure);
        if (progress.Change is not { } change)
        {
            return $"{name}: {Number(progress.Latest.Value)}{scale} so far. Once you have a second score, this shows how it has changed.";
        }

        var points = Math.Abs(change.Latest - change.Baseline);
        var unit = progress.Measure == "odi" ? "percentage point" : "point";
        var moved = change.Latest == change.Baseline
            ? "the same as at the start"
            : $"{Number(points)} {unit}{(points == 1 ? "" : "s")} {(change.Latest > change.Baseline ? "higher" : "lower")} than at the start";
        return $"{name}: {Number(change.Baseline)}{scale} at the start, {Number(change.Latest)}{scale} now, {moved}. "
            + $"{char.ToUpperInvariant(change.Words[0])}{change.Words[1..]}{Reason(progress.Measure, change, unit)}.";
    }

    /// <summary>Why the change counts or not: the threshold it met or missed.</summary>
    private static string Reason(string measure, Change change, string unit)
    {
        if (change.Improvement == 0)
        {
            return "";
        }

        var rule = MeaningfulChange.Measures.Single(m => m.Id == measure);
        var threshold = $"{Number(rule.AbsoluteThreshold)} {unit}s";
        var relative = rule.UsesRelativeThreshold ? " or 30% of where you started" : "";
        return change.Meaningful
            ? (change.AbsoluteMet, change.RelativeMet) switch
            {
                (true, true) => $" (it is at least {threshold} and at least 30% of where you started)",
                (true, false) => $" (it is at least {threshold})",
                _ => " (it is at least 30% of where you started)",
            }
            : $" (a change needs {threshold}{relative} to count)";
    }

    /// <summary>The weekly means of <paramref name="readings"/>, oldest first, weeks counted in the person's calendar; at most <see cref="ChartWeeks"/>.</summary>
    public static IReadOnlyList<WeekValue> Weekly(IEnumerable<Reading> readings, PersonalDays days)
    {
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(days);
        return [.. readings
            .GroupBy(r => PersonalDays.Monday(days.DayOf(r.AtUtc)))
            .OrderBy(g => g.Key)
            .Select(g => new WeekValue(g.Key, g.Average(r => r.Value), g.Count()))
            .TakeLast(ChartWeeks)];
    }

    /// <summary>A score as shown: whole numbers plainly, others to one decimal.</summary>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
