namespace Limber.Core.Calendar;

/// <summary>
/// What counts on the person's calendar: a done block, a day with a completed session, the days
/// a week counts, the window history looks back over, and when the PSFS is due again.
/// </summary>
public static class DayRules
{
    /// <summary>History and progress charts show at most this many of the latest rated sessions (docs/adr/0004-progression-rule.md).</summary>
    public const int HistoryWindow = 30;

    /// <summary>The adherence table shows at most this many weeks.</summary>
    public const int WeekLimit = 8;

    /// <summary>The PSFS is asked at the start and then again once this many days have passed.</summary>
    public const int PsfsIntervalDays = 14;

    /// <summary>A block counts as done when it was done as planned or as its easier variant; skipped and stopped blocks do not.</summary>
    public static bool BlockDone(string outcome) => outcome is "done" or "easier";

    /// <summary>How many of a session's blocks count as done.</summary>
    public static int BlocksDone(IEnumerable<string> outcomes) => outcomes.Count(BlockDone);

    /// <summary>The distinct days (in the person's calendar) on which a completed session started.</summary>
    public static IReadOnlySet<DateOnly> ActiveDays(IEnumerable<DateTime> completedStartsUtc, PersonalDays days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return completedStartsUtc.Select(days.DayOf).ToHashSet();
    }

    /// <summary>How many days of the week starting <paramref name="monday"/> had a completed session.</summary>
    public static int DaysInWeek(IReadOnlySet<DateOnly> activeDays, DateOnly monday)
    {
        ArgumentNullException.ThrowIfNull(activeDays);
        return activeDays.Count(d => d >= monday && d < monday.AddDays(7));
    }

    /// <summary>
    /// The Mondays from the week holding <paramref name="firstUse"/> to the week holding
    /// <paramref name="today"/>, this week first, at most <see cref="WeekLimit"/>: no empty weeks from before the person began.
    /// </summary>
    public static IReadOnlyList<DateOnly> Weeks(DateOnly today, DateOnly firstUse)
    {
        var thisMonday = PersonalDays.Monday(today);
        var count = Math.Clamp(((thisMonday.DayNumber - PersonalDays.Monday(firstUse).DayNumber) / 7) + 1, 1, WeekLimit);
        return [.. Enumerable.Range(0, count).Select(i => thisMonday.AddDays(-7 * i))];
    }

    /// <summary>The PSFS is due when it was never taken, or when <see cref="PsfsIntervalDays"/> or more days have passed on the person's calendar.</summary>
    public static bool PsfsDue(DateOnly? lastTaken, DateOnly today) =>
        lastTaken is not { } last || today.DayNumber - last.DayNumber >= PsfsIntervalDays;

    /// <summary>The day the PSFS is next due after it was last taken.</summary>
    public static DateOnly PsfsNextDue(DateOnly lastTaken) => lastTaken.AddDays(PsfsIntervalDays);
}
