using System.Text.Json;
using Limber.Core.Calendar;
using Limber.Core.Outcomes;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.Progress;

/// <summary>The latest score of a clinician's form, as stored.</summary>
public sealed record LatestScore(string Instrument, DateTime TakenAt, double? Score, string? Band, int? Subscale, int? Missing);

/// <summary>One PSFS activity: its score the first time it was rated and the latest time.</summary>
public sealed record ActivityChange(string Name, int First, int Latest)
{
    /// <summary>A single activity's change counts when it is 3 points or more (Stratford 1995's MDC for one activity).</summary>
    public bool Real => Math.Abs(Latest - First) >= 3;
}

/// <summary>
/// Everything the progress page and its printable summary show, read once: the change of each judged
/// measure from baseline to latest, the weekly charts, the latest clinician's scores and the PSFS
/// activities. All days and weeks are the person's own (<see cref="PersonalDays"/>).
/// </summary>
public sealed record ProgressData(
    PersonalDays Days,
    DateOnly Today,
    IReadOnlyList<MeasureProgress> Changes,
    IReadOnlyList<WeeklyMeasure> Charts,
    IReadOnlyList<LatestScore> Latest,
    IReadOnlyList<ActivityChange> Activities,
    int CompletedSessions,
    DateOnly? FirstDay)
{
    /// <summary>The measures whose change is judged, in the order they are shown.</summary>
    public static readonly IReadOnlyList<string> Judged = ["pain", "rmdq", "odi", "psfs"];

    /// <summary>Morning stiffness is charted from check-ins in this many recent weeks.</summary>
    private const int MorningWeeks = OutcomeTrends.ChartWeeks;

    public bool IsEmpty => Changes.Count == 0 && Charts.All(c => c.Weeks.Count == 0) && Latest.Count == 0;

    public LatestScore? LatestOf(string instrument) => Latest.FirstOrDefault(l => l.Instrument == instrument);

    public static async Task<ProgressData> LoadAsync(LimberDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var days = await db.PersonalDaysAsync(cancellationToken);
        var today = days.DayOf(clock.GetUtcNow());

        // Pain and stiffness as each self-care check-in gave them (a stopped check-in's numbers may be unanswered).
        var checkIns = await db.Plans.AsNoTracking().Where(p => p.Status == "ok")
            .OrderBy(p => p.CreatedAt)
            .Select(p => new { p.CreatedAt, p.PainBefore, p.StiffnessBefore })
            .ToListAsync(cancellationToken);
        var pain = checkIns.Select(c => new Reading(c.CreatedAt, c.PainBefore)).ToList();
        var stiffness = checkIns.Select(c => new Reading(c.CreatedAt, c.StiffnessBefore)).ToList();

        var since = days.StartUtc(PersonalDays.Monday(today).AddDays(-7 * (MorningWeeks - 1)));
        var intakes = await db.CheckIns.AsNoTracking().Where(c => c.CreatedAt >= since)
            .Select(c => new { c.CreatedAt, c.IntakeJson })
            .ToListAsync(cancellationToken);
        var morning = intakes
            .Select(c => MorningMinutes(c.IntakeJson) is { } minutes ? new Reading(c.CreatedAt, minutes) : null)
            .OfType<Reading>()
            .ToList();

        var results = await db.Questionnaires.AsNoTracking().OrderBy(q => q.TakenAt).ToListAsync(cancellationToken);
        Reading[] Scores(string instrument) =>
            [.. results.Where(r => r.Instrument == instrument && r.Score is not null).Select(r => new Reading(r.TakenAt, r.Score!.Value))];

        var series = new Dictionary<string, IReadOnlyList<Reading>>
        {
            ["pain"] = pain,
            ["rmdq"] = Scores("rmdq"),
            ["odi"] = Scores("odi"),
            ["psfs"] = Scores("psfs"),
        };
        var changes = Judged.Select(m => OutcomeTrends.Of(m, series[m])).OfType<MeasureProgress>().ToList();

        WeeklyMeasure[] charts =
        [
            new("pain", "Pain at check-in", 10, " out of 10", LowerIsBetter: true, OutcomeTrends.Weekly(pain, days)),
            new("stiffness", "Stiffness at check-in", 10, " out of 10", LowerIsBetter: true, OutcomeTrends.Weekly(stiffness, days)),
            new("morning", "Minutes to loosen up in the morning", MorningScale(morning), " min", LowerIsBetter: true, OutcomeTrends.Weekly(morning, days)),
            new("psfs", "Activity score (PSFS)", 10, " out of 10", LowerIsBetter: false, OutcomeTrends.Weekly(series["psfs"], days)),
        ];

        var latest = results.GroupBy(r => r.Instrument)
            .Select(g => g.Last())
            .Select(r => new LatestScore(r.Instrument, r.TakenAt, r.Score, r.Band, r.Subscale, r.Missing))
            .OrderBy(l => Array.IndexOf(Questionnaires.Instruments.ToArray(), l.Instrument))
            .ToList();

        var completed = await db.Sessions.AsNoTracking().CountAsync(s => s.Completed, cancellationToken);
        var first = checkIns.Count > 0 ? days.DayOf(checkIns[0].CreatedAt) : (DateOnly?)null;
        return new ProgressData(days, today, changes, charts, latest, ActivitiesOf(results.Where(r => r.Instrument == "psfs").ToList()), completed, first);
    }

    /// <summary>Each activity named in the latest PSFS, with its score the first time it was rated (matched by name, ignoring case).</summary>
    private static List<ActivityChange> ActivitiesOf(List<QuestionnaireResult> psfs)
    {
        if (psfs.Count == 0)
        {
            return [];
        }

        var all = psfs.Select(r => Psfs.Activities(r.AnswersJson)).ToList();
        return [.. all[^1].Select(activity =>
        {
            var first = all.SelectMany(a => a).First(a => string.Equals(a.Name.Trim(), activity.Name.Trim(), StringComparison.OrdinalIgnoreCase));
            return new ActivityChange(activity.Name, first.Score, activity.Score);
        })];
    }

    /// <summary>The chart's top: an hour, or the next whole hour above the longest morning recorded.</summary>
    private static double MorningScale(List<Reading> morning) =>
        Math.Max(60, Math.Ceiling(morning.Select(m => m.Value).DefaultIfEmpty(0).Max() / 60) * 60);

    /// <summary><c>morningStiffnessMinutes</c> from a stored intake, when the person answered it.</summary>
    private static int? MorningMinutes(string intakeJson)
    {
        try
        {
            using var document = JsonDocument.Parse(intakeJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("morningStiffnessMinutes", out var value)
                && value.ValueKind == JsonValueKind.Number
                && value.TryGetInt32(out var minutes)
                && minutes is >= 0 and <= Core.Planning.IntakeReader.MaxMorningStiffnessMinutes
                ? minutes
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
