using Microsoft.EntityFrameworkCore;

namespace Limber.Data;

/// <summary>
/// When the person wants reminding, and the private token of their calendar feed. Each person has
/// at most one row (see docs/adr/0011-reminders-and-learn.md).
/// </summary>
public sealed class ReminderSetting : IOwned
{
    public Guid Id { get; set; }

    /// <summary>Weekday codes in week order, comma-separated: <c>mon,wed,fri</c>.</summary>
    public required string Days { get; set; }

    /// <summary>Local time of day, <c>HH:mm</c>.</summary>
    public required string Time { get; set; }

    /// <summary>An IANA time zone id such as <c>Europe/London</c>.</summary>
    public required string TimeZone { get; set; }

    /// <summary>The unguessable part of <c>/calendar/TOKEN.ics</c>; a new one is made whenever reminders start again.</summary>
    public required string FeedToken { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <inheritdoc/>
    public string OwnerId { get; set; } = "";
}

/// <summary>"Was this helpful?" or "Report an error" on an article or exercise page, kept for review.</summary>
public sealed class PageFeedback : IOwned
{
    public Guid Id { get; set; }

    /// <summary>The page it is about: <c>/learn/{slug}</c> or <c>/exercises/{id}</c>.</summary>
    public required string Page { get; set; }

    /// <summary>Yes or no to "Was this helpful?"; null for an error report without a vote.</summary>
    public bool? Helpful { get; set; }

    /// <summary>True when the person used "Report an error".</summary>
    public bool ReportsError { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <inheritdoc/>
    public string OwnerId { get; set; } = "";
}

/// <summary>The model of the reminder and feedback tables, applied by <see cref="LimberDb"/>.</summary>
internal static class BetweenSessionsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReminderSetting>(e =>
        {
            e.Property(r => r.Id).ValueGeneratedNever();
            e.ToTable("Reminders");
            e.Property(r => r.Days).HasMaxLength(32).IsRequired();
            e.Property(r => r.Time).HasMaxLength(5).IsRequired();
            e.Property(r => r.TimeZone).HasMaxLength(64).IsRequired();
            e.Property(r => r.FeedToken).HasMaxLength(64).IsRequired();
            e.HasIndex(r => r.FeedToken).IsUnique();
        });
        modelBuilder.Entity<PageFeedback>(e =>
        {
            e.Property(f => f.Id).ValueGeneratedNever();
            e.ToTable("Feedback");
            e.Property(f => f.Page).HasMaxLength(200).IsRequired();
            e.Property(f => f.Note).HasMaxLength(2000);
            e.HasIndex(f => f.CreatedAt);
        });
    }
}
