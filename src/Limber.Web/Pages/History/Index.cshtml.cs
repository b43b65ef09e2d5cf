using System.Globalization;
using Limber.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.History;

/// <summary>Every session, newest first, with the pain and stiffness trend and the last eight weeks' adherence.</summary>
public sealed class IndexModel(LimberDb db, TimeProvider clock) : PageModel
{
    /// <summary>How many rated sessions the chart shows at most (the most recent ones).</summary>
    public const int ChartLimit = 30;

    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];

    /// <summary>Check-ins whose triage stopped self-care, newest first: the days history marks.</summary>
    public IReadOnlyList<StopRow> Stops { get; private set; } = [];

    /// <summary>Rated sessions for the chart, oldest first.</summary>
    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    /// <summary>The chart's SVG markup; every text in it is already encoded.</summary>
    public string Chart { get; private set; } = "";

    /// <summary>The last eight ISO weeks (Monday start, UTC), this week first.</summary>
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
        var thisMonday = Monday(today);
        var firstMonday = thisMonday.AddDays(-7 * 7);
        var completedDays = (await db.Sessions.AsNoTracking()
                .Where(s => s.Completed && s.StartedAt >= firstMonday)
                .Select(s => s.StartedAt)
                .ToListAsync(cancellationToken))
            .Select(d => d.Date)
            .Distinct()
            .ToList();
        Weeks = [.. Enumerable.Range(0, 8).Select(i =>
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
