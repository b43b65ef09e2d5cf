using System.Security.Cryptography;
using Limber.Core.Reminders;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Reminders;

/// <summary>
/// The one write path for reminders, used by the reminders page and the API alike. Local mode has
/// one person, so one row; ending the reminders deletes it, which revokes the feed's token.
/// </summary>
public sealed class ReminderBook(LimberDb db, TimeProvider clock)
{
    /// <summary>Random bytes in a feed token: 256 bits, so a token cannot be guessed.</summary>
    private const int TokenBytes = 32;

    /// <summary>How far back a rated session without a next-day answer still gets a next-morning event.</summary>
    public static readonly TimeSpan NextDayWindow = TimeSpan.FromDays(3);

    public Task<ReminderSetting?> FindAsync(CancellationToken cancellationToken) =>
        db.Reminders.AsNoTracking().OrderBy(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The reminders whose feed has this token, whoever they belong to: the feed is opened by a calendar app, signed in as nobody.</summary>
    public Task<ReminderSetting?> FindByTokenAsync(string token, CancellationToken cancellationToken) =>
        db.Reminders.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(r => r.FeedToken == token, cancellationToken);

    /// <summary>Starts or changes the reminders. Changing keeps the feed URL; starting again after ending makes a new one.</summary>
    public async Task<ReminderSetting> SaveAsync(ReminderSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var now = clock.GetUtcNow().UtcDateTime;
        var setting = await db.Reminders.OrderBy(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (setting is null)
        {
            setting = new ReminderSetting
            {
                Id = Guid.NewGuid(),
                Days = "",
                Time = "",
                TimeZone = "",
                FeedToken = NewToken(),
                CreatedAt = now,
            };
            db.Reminders.Add(setting);
        }

        setting.Days = string.Join(',', schedule.DayCodesOf);
        setting.Time = schedule.TimeText;
        setting.TimeZone = schedule.TimeZone;
        setting.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return setting;
    }

    /// <summary>Ends the reminders and their feed: the token is gone, so the old URL answers 404.</summary>
    public Task EndAsync(CancellationToken cancellationToken) =>
        db.Reminders.ExecuteDeleteAsync(cancellationToken);

    /// <summary>Rated sessions of the last few days whose next-day pain has not been given yet, of the feed's owner.</summary>
    public async Task<IReadOnlyList<PendingNextDay>> PendingNextDayAsync(string ownerId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - NextDayWindow;
        return await db.Ratings.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.OwnerId == ownerId && r.NextDayPain == null && r.CreatedAt >= since)
            .OrderBy(r => r.CreatedAt)
            .Select(r => new PendingNextDay(r.SessionRunId, r.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    public static string CalendarPath(ReminderSetting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return $"/calendar/{setting.FeedToken}.ics";
    }

    /// <summary>A new unguessable feed token (also for reminders restored by an import).</summary>
    internal static string NewToken() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
