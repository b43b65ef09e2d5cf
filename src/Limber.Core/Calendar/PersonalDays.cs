using System.Globalization;
using System.Text.Json;

namespace Limber.Core.Calendar;

/// <summary>
/// The person's own calendar: which day and which week a moment falls in, counted in their UTC
/// offset rather than at UTC midnight. Home, history and progress all use it, so they agree on
/// what "today" and "this week" are. See docs/adr/0010-outcomes.md.
/// </summary>
public sealed record PersonalDays(TimeSpan Offset)
{
    /// <summary>Days at UTC midnight: used when no check-in has told Limber the person's offset yet.</summary>
    public static readonly PersonalDays Utc = new(TimeSpan.Zero);

    /// <summary>The widest offsets in use (UTC-14:00 to UTC+14:00); anything beyond is clamped.</summary>
    public static readonly TimeSpan Widest = TimeSpan.FromHours(14);

    /// <summary>The person's calendar day of a UTC moment.</summary>
    public DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(Offset));

    /// <summary>The person's calendar day of any moment.</summary>
    public DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Offset).DateTime);

    /// <summary>The UTC moment the person's <paramref name="day"/> begins (their local midnight).</summary>
    public DateTime StartUtc(DateOnly day) => DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - Offset, DateTimeKind.Utc);

    /// <summary>The Monday that starts the ISO week holding <paramref name="day"/>.</summary>
    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The person's UTC offset as the check-in recorded it: the offset of the intake's <c>now</c>, or UTC when it has none.</summary>
    public static PersonalDays FromIntake(string? intakeJson)
    {
        if (string.IsNullOrWhiteSpace(intakeJson))
        {
            return Utc;
        }

        try
        {
            using var document = JsonDocument.Parse(intakeJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("now", out var now)
                && now.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(now.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)
                ? new PersonalDays(Clamp(moment.Offset))
                : Utc;
        }
        catch (JsonException)
        {
            return Utc;
        }
    }

    private static TimeSpan Clamp(TimeSpan offset) => offset > Widest ? Widest : offset < -Widest ? -Widest : offset;
}
