using System.Globalization;

namespace Limber.Core.Reminders;

/// <summary>When to remind the person: weekdays, a local time of day, and the IANA time zone that time is in.</summary>
public sealed record ReminderSchedule(IReadOnlyList<DayOfWeek> Days, TimeOnly Time, string TimeZone)
{
    /// <summary>The contract's day codes in week order, Monday first.</summary>
    public static readonly IReadOnlyList<string> DayCodes = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The day codes of <see cref="Days"/>, in week order.</summary>
    public IReadOnlyList<string> DayCodesOf => [.. Days.Select(Code)];

    /// <summary><c>HH:mm</c>.</summary>
    public string TimeText => Time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Code(DayOfWeek day) => DayCodes[((int)day + 6) % 7];

    /// <summary>
    /// Reads a schedule as the API and the reminders page receive it. Problems are keyed by field
    /// (<c>days</c>, <c>time</c>, <c>timeZone</c>) and say what is allowed; nothing is thrown.
    /// </summary>
    public static ReminderScheduleRead Read(IReadOnlyList<string?>? days, string? time, string? timeZone)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var chosen = new List<DayOfWeek>();
        if (days is null || days.Count == 0)
        {
            problems["days"] = "choose at least one day (mon, tue, wed, thu, fri, sat, sun)";
        }
        else
        {
            foreach (var day in days)
            {
                var index = DayCodes.ToList().IndexOf((day ?? "").Trim().ToLowerInvariant());
                if (index < 0)
                {
                    problems["days"] = $"must be day codes mon, tue, wed, thu, fri, sat or sun (got '{day}')";
                    break;
                }

                var dayOfWeek = (DayOfWeek)((index + 1) % 7);
                if (!chosen.Contains(dayOfWeek))
                {
                    chosen.Add(dayOfWeek);
                }
            }
        }

        TimeOnly parsed = default;
        if (string.IsNullOrWhiteSpace(time))
        {
            problems["time"] = "choose a time of day, as HH:mm (for example 07:30)";
        }
        else if (!TimeOnly.TryParseExact(time.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed))
        {
            problems["time"] = $"must be a time of day as HH:mm, from 00:00 to 23:59 (got '{time}')";
        }

        var zone = timeZone?.Trim() ?? "";
        if (zone.Length == 0)
        {
            problems["timeZone"] = "choose a time zone, for example Europe/London";
        }
        else if (!IsIanaZone(zone))
        {
            problems["timeZone"] = $"must be an IANA time zone such as Europe/London or America/New_York (got '{timeZone}')";
        }

        if (problems.Count > 0)
        {
            return new ReminderScheduleRead(null, problems);
        }

        var ordered = chosen.OrderBy(d => ((int)d + 6) % 7).ToList();
        return new ReminderScheduleRead(new ReminderSchedule(ordered, new TimeOnly(parsed.Hour, parsed.Minute), zone), problems);
    }

    /// <summary>Restores a schedule saved by <see cref="Read"/> (comma-separated day codes).</summary>
    public static ReminderSchedule Saved(string days, string time, string timeZone) =>
        Read([.. (days ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)], time, timeZone).Schedule
        ?? throw new InvalidOperationException("A saved reminder schedule is invalid.");

    private static bool IsIanaZone(string id) =>
        id.Length <= 64
        && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found)
        && (found.HasIanaId || id == "UTC");
}

/// <summary>A schedule, or the problems that kept one from being read.</summary>
public sealed record ReminderScheduleRead(ReminderSchedule? Schedule, IReadOnlyDictionary<string, string> Problems);
