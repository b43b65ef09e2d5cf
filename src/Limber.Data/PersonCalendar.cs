using Limber.Core.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Limber.Data;

/// <summary>Where the person's calendar comes from: the UTC offset their latest check-in recorded (docs/adr/0010-outcomes.md).</summary>
public static class PersonCalendar
{
    /// <summary>The person's days, in the offset of their latest check-in; UTC before the first one.</summary>
    public static async Task<PersonalDays> PersonalDaysAsync(this LimberDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var latest = await db.Plans.AsNoTracking()
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Number)
            .Select(p => p.CheckIn!.IntakeJson)
            .FirstOrDefaultAsync(cancellationToken);
        return PersonalDays.FromIntake(latest);
    }
}
