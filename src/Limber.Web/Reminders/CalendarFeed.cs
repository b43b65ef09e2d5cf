using System.Globalization;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Limber.Core.Reminders;

namespace Limber.Web.Reminders;

/// <summary>A rated session still waiting for its next-day answer: the feed asks about it the next morning.</summary>
public sealed record PendingNextDay(Guid SessionId, DateTime RatedAtUtc);

/// <summary>
/// Writes the private calendar feed (RFC 5545) with Ical.Net: one weekly repeating event at the
/// person's local time, in their time zone (with its VTIMEZONE), with an alarm; and, after a rated
/// session, a next-morning "How is your back today?" event that leads to the next-day question.
/// It never carries health data: no pain scores, no notes, only times and links.
/// </summary>
internal static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";

    /// <summary>How long the reminder event lasts in the calendar.</summary>
    public static readonly TimeSpan SessionLength = TimeSpan.FromMinutes(20);

    /// <summary>The alarm goes off this long before the event.</summary>
    public const int AlarmMinutesBefore = 10;

    /// <summary>The next-morning question is asked at this local time, unless the reminders are already set for the morning.</summary>
    public static readonly TimeOnly NextMorning = new(8, 0);

    public static string Write(Guid reminderId, ReminderSchedule schedule, DateTime updatedAtUtc, IReadOnlyList<PendingNextDay> pending, Uri site)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(site);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        var stamp = new CalDateTime(DateTime.SpecifyKind(updatedAtUtc, DateTimeKind.Utc), hasTime: true);
        var calendar = new Ical.Net.Calendar { ProductId = "-//Limber//Reminders//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", "Limber");
        calendar.AddProperty("X-WR-TIMEZONE", schedule.TimeZone);
        calendar.AddTimeZone(schedule.TimeZone);

        // The series starts on the first chosen day on or after the day the reminders were last set.
        var setOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(updatedAtUtc, DateTimeKind.Utc), zone));
        var first = Enumerable.Range(0, 7).Select(setOn.AddDays).First(d => schedule.Days.Contains(d.DayOfWeek));
        var weekly = new CalendarEvent
        {
            Uid = $"reminder-{reminderId:N}@limber",
            DtStamp = stamp,
            Summary = "Limber: time for your back routine",
            Description = $"A few minutes of gentle movement for your lower back. Check in first: {new Uri(site, "/check-in")}",
            Url = new Uri(site, "/check-in"),
            DtStart = Local(first, schedule.Time, schedule.TimeZone),
            DtEnd = Local(first, schedule.Time, schedule.TimeZone).Add(Duration.FromTimeSpanExact(SessionLength)),
            Transparency = "TRANSPARENT",
        };
        weekly.RecurrenceRule = new RecurrencePattern($"FREQ=WEEKLY;BYDAY={string.Join(',', schedule.Days.Select(RuleDay))}");
        weekly.Alarms.Add(Alarm("Time for your Limber routine"));
        calendar.Events.Add(weekly);

        var morning = schedule.Time < new TimeOnly(12, 0) ? schedule.Time : NextMorning;
        foreach (var session in pending)
        {
            var ratedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(session.RatedAtUtc, DateTimeKind.Utc), zone));
            var next = ratedOn.AddDays(1);
            var ask = new CalendarEvent
            {
                Uid = $"next-day-{session.SessionId:N}@limber",
                DtStamp = stamp,
                Summary = "Limber: how is your back today?",
                Description = $"One question about yesterday's session helps Limber decide when to step up: {site}",
                Url = site,
                DtStart = Local(next, morning, schedule.TimeZone),
                DtEnd = Local(next, morning, schedule.TimeZone).Add(Duration.FromMinutes(5)),
                Transparency = "TRANSPARENT",
            };
            ask.Alarms.Add(Alarm("How is your back today?"));
            calendar.Events.Add(ask);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Local(DateOnly day, TimeOnly time, string zone) =>
        new(day.Year, day.Month, day.Day, time.Hour, time.Minute, 0, zone);

    private static Alarm Alarm(string text) => new()
    {
        Action = AlarmAction.Display,
        Description = text,
        Trigger = new Trigger(Duration.FromMinutes(-AlarmMinutesBefore)),
    };

    private static string RuleDay(DayOfWeek day) => day.ToString()[..2].ToUpper(CultureInfo.InvariantCulture);
}
