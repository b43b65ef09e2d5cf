using System.Globalization;
using Limber.Core.Calendar;
using Limber.Core.Outcomes;
using Limber.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.History;

/// <summary>Every session, newest first, with the pain and stiffness trend and the weekly adherence since the person began (at most eight weeks).</summary>
public sealed class IndexModel(LimberDb db, TimeProvider clock) : PageModel
{
    /// <summary>How many rated sessions the chart shows at most (the most recent ones): the Core history window.</summary>
    public const int ChartLimit = DayRules.HistoryWindow;

    /// <summary>How many weeks the adherence table shows at most.</summary>
    public const int WeekLimit = DayRules.WeekLimit;

    /// <summary>The person's calendar (the offset of their latest check-in): days and weeks are theirs, not UTC's.</summary>
    public PersonalDays Days { get; private set; } = PersonalDays.Utc;

    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    /// <summary>Check-ins whose triage stopped self-care, newest first: the days history marks.</summary>
    public IReadOnlyList<StopRow> Stops { get; private set; } = [];

    /// <summary>Rated sessions for the chart, oldest first.</summary>
    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    /// <summary>The chart's SVG markup; every text in it is already encoded.</summary>
    public string Chart { get; private set; } = "";

    /// <summary>ISO weeks (Monday start, in the person's offset) from the first use to this one, this week first, at most <see cref="WeekLimit"/>.</summary>
    public IReadOnlyList<WeekRow> Weeks { get; private set; } = [];

    /// <summary>Pain at the first self-care check-in against the latest, judged for meaningful change; null before any.</summary>
    public MeasureProgress? Pain { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Days = await db.PersonalDaysAsync(cancellationToken);
        var pain = await db.Plans.AsNoTracking().Where(p => p.Status == "ok")
            .Select(p => new { p.CreatedAt, p.PainBefore })
            .ToListAsync(cancellationToken);
        Pain = OutcomeTrends.Of("pain", pain.Select(p => new Reading(p.CreatedAt, p.PainBefore)));
        Stops = await db.Plans.AsNoTracking()
            .Where(p => p.Status != "ok")
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Number)
            .Select(p => new StopRow(p.Id, p.CreatedAt, p.Status))
            .ToListAsync(cancellationToken);
        Sessions = await db.Sessions.AsNoTracking()
            .OrderByDescending(s => s.StartedAt)
            .Select(s => new SessionRow(
                s.Id,
                s.StartedAt,
                s.EndedAt,
                s.Completed,
                s.StoppedFor,
                s.Plan!.Stage,
                s.Plan.PainBefore,
                s.Plan.StiffnessBefore,
                s.Progress.Select(b => b.Outcome).ToList(),
                s.Rating != null ? s.Rating.PainAfter : null,
                s.Rating != null ? s.Rating.StiffnessAfter : null,
                s.Rating != null ? s.Rating.NextDayPain : null,
                s.Rating != null ? s.Rating.Difficulty : null,
                s.Rating != null ? s.Rating.Note : null))
            .ToListAsync(cancellationToken);

        Trend = [.. Sessions
            .Where(s => s.PainAfter is not null && s.StiffnessAfter is not null)
            .Take(ChartLimit)
            .Reverse()
            .Select(s => new TrendPoint(Days.DayOf(s.StartedAt).ToDateTime(TimeOnly.MinValue), s.PainBefore, s.PainAfter!.Value, s.StiffnessBefore, s.StiffnessAfter!.Value))];
        Chart = TrendChart.Render(Trend);

        var today = Days.DayOf(clock.GetUtcNow());
        var firstCheckIn = await db.CheckIns.AsNoTracking().MinAsync(c => (DateTime?)c.CreatedAt, cancellationToken);
        var firstSession = Sessions.Count > 0 ? Sessions[^1].StartedAt : (DateTime?)null;
        Weeks = await WeeksAsync(today, FirstUse(firstCheckIn, firstSession) is { } first ? Days.DayOf(first) : today, cancellationToken);
    }

    /// <summary>The earlier of the first check-in and the first session: the day the person began using Limber.</summary>
    public static DateTime? FirstUse(DateTime? firstCheckIn, DateTime? firstSession) =>
        (firstCheckIn, firstSession) switch
        {
            ({ } checkIn, { } session) => checkIn < session ? checkIn : session,
            ({ } checkIn, null) => checkIn,
            (null, { } session) => session,
            _ => null,
        };

    /// <summary>The weeks from the one holding <paramref name="firstUse"/> to this one, this week first (<see cref="DayRules.Weeks"/>).</summary>
    private async Task<IReadOnlyList<WeekRow>> WeeksAsync(DateOnly today, DateOnly firstUse, CancellationToken cancellationToken)
    {
        var mondays = DayRules.Weeks(today, firstUse);
        var firstStart = Days.StartUtc(mondays[^1]);
        var completed = await db.Sessions.AsNoTracking()
            .Where(s => s.Completed && s.StartedAt >= firstStart)
            .Select(s => s.StartedAt)
            .ToListAsync(cancellationToken);
        var active = DayRules.ActiveDays(completed, Days);
        return [.. mondays.Select((monday, i) =>
            new WeekRow(monday, ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)), DayRules.DaysInWeek(active, monday), i == 0))];
    }

    /// <summary>A day as history shows it: <c>Wed 18 Nov</c>.</summary>
    public static string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>The person's day of a stored UTC moment, as history shows it.</summary>
    public string DayOf(DateTime utc) => Day(Days.DayOf(utc));

    /// <summary>How a session ended, in words.</summary>
    public static string Outcome(SessionRow session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.EndedAt is null)
        {
            return "not finished";
        }

        return session.Completed ? "completed" : $"stopped ({StopReason(session.StoppedFor)})";
    }

    public static string StopReason(string? code) => Labels.StopReasons[string.IsNullOrEmpty(code) ? "other" : code];

    public static string Difficulty(string? code) => Labels.Difficulties[code];

    /// <summary>"3 → 1", or the before value alone when there is no after yet.</summary>
    public static string BeforeAfter(int before, int? after) =>
        after is { } value
            ? string.Create(CultureInfo.InvariantCulture, $"{before} → {value}")
            : string.Create(CultureInfo.InvariantCulture, $"{before} → not rated");
}

/// <summary>One session as the history table shows it.</summary>
public sealed record SessionRow(
    Guid Id,
    DateTime StartedAt,
    DateTime? EndedAt,
    bool Completed,
    string? StoppedFor,
    string Stage,
    int PainBefore,
    int StiffnessBefore,
    IReadOnlyList<string> BlockOutcomes,
    int? PainAfter,
    int? StiffnessAfter,
    int? NextDayPain,
    string? Difficulty,
    string? Note)
{
    /// <summary>Blocks that count as done (<see cref="DayRules.BlockDone"/>): the same rule as the home page.</summary>
    public int BlocksDone => DayRules.BlocksDone(BlockOutcomes);
}

/// <summary>One check-in that stopped self-care: when, and how fast it said to act.</summary>
public sealed record StopRow(Guid PlanId, DateTime At, string Status);

/// <summary>One ISO week and how many of its days had a completed session.</summary>
public sealed record WeekRow(DateOnly Monday, int Week, int Days, bool Current);
