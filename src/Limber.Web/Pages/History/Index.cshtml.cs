using System.Globalization;
using Limber.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.History;

/// <summary>Every session, newest first, with the pain and stiffness trend and the weekly adherence since the person began (at most eight weeks).</summary>
public sealed class IndexModel(LimberDb db, TimeProvider clock) : PageModel
{
    /// <summary>How many rated sessions the chart shows at most (the most recent ones).</summary>
    public const int ChartLimit = 30;

    /// <summary>How many weeks the adherence table shows at most.</summary>
    public const int WeekLimit = 8;

    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    /// <summary>Check-ins whose triage stopped self-care, newest first: the days history marks.</summary>
    public IReadOnlyList<StopRow> Stops { get; private set; } = [];

    /// <summary>Rated sessions for the chart, oldest first.</summary>
    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    /// <summary>The chart's SVG markup; every text in it is already encoded.</summary>
    public string Chart { get; private set; } = "";

    /// <summary>ISO weeks (Monday start, UTC) from the first use to this one, this week first, at most <see cref="WeekLimit"/>.</summary>
    public IReadOnlyList<WeekRow> Weeks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Stops = await db.Plans.AsNoTracking()
            .Where(p => p.Status != "ok")
            .OrderByDescending(p => p.CreatedAt)
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
                s.Progress.Count(b => b.Outcome == "done" || b.Outcome == "easier"),
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
            .Select(s => new TrendPoint(s.StartedAt, s.PainBefore, s.PainAfter!.Value, s.StiffnessBefore, s.StiffnessAfter!.Value))];
        Chart = TrendChart.Render(Trend);

        var today = clock.GetUtcNow().UtcDateTime.Date;
        var firstCheckIn = await db.CheckIns.AsNoTracking().MinAsync(c => (DateTime?)c.CreatedAt, cancellationToken);
        var firstSession = Sessions.Count > 0 ? Sessions[^1].StartedAt : (DateTime?)null;
        Weeks = await WeeksAsync(today, FirstUse(firstCheckIn, firstSession) ?? today, cancellationToken);
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

    /// <summary>
    /// The weeks from the one holding <paramref name="firstUse"/> to this one, this week first, at
    /// most <see cref="WeekLimit"/>: no empty weeks from before the person started.
    /// </summary>
    private async Task<IReadOnlyList<WeekRow>> WeeksAsync(DateTime today, DateTime firstUse, CancellationToken cancellationToken)
    {
        var thisMonday = Monday(today);
        var weeks = Math.Clamp(((thisMonday - Monday(firstUse)).Days / 7) + 1, 1, WeekLimit);
        var firstMonday = thisMonday.AddDays(-7 * (weeks - 1));
        var completedDays = (await db.Sessions.AsNoTracking()
                .Where(s => s.Completed && s.StartedAt >= firstMonday)
                .Select(s => s.StartedAt)
                .ToListAsync(cancellationToken))
            .Select(d => d.Date)
            .Distinct()
            .ToList();
        return [.. Enumerable.Range(0, weeks).Select(i =>
        {
            var monday = thisMonday.AddDays(-7 * i);
            return new WeekRow(monday, ISOWeek.GetWeekOfYear(monday), completedDays.Count(d => d >= monday && d < monday.AddDays(7)), i == 0);
        })];
    }

    /// <summary>The Monday starting the ISO week that holds <paramref name="day"/>.</summary>
    public static DateTime Monday(DateTime day) => day.Date.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    public static string Day(DateTime date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

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
    int BlocksDone,
    int? PainAfter,
    int? StiffnessAfter,
    int? NextDayPain,
    string? Difficulty,
    string? Note);

/// <summary>One check-in that stopped self-care: when, and how fast it said to act.</summary>
public sealed record StopRow(Guid PlanId, DateTime At, string Status);

/// <summary>One ISO week and how many of its days had a completed session.</summary>
public sealed record WeekRow(DateTime Monday, int Week, int Days, bool Current);
