using Microsoft.EntityFrameworkCore;

namespace Limber.Data;

/// <summary>Limber's one database: check-ins, plans as issued, sessions with per-block progress, ratings.</summary>
public sealed class LimberDb(DbContextOptions<LimberDb> options) : DbContext(options)
{
    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<StoredPlan> Plans => Set<StoredPlan>();

    public DbSet<SessionRun> Sessions => Set<SessionRun>();

    public DbSet<BlockProgress> BlockProgress => Set<BlockProgress>();

    public DbSet<Rating> Ratings => Set<Rating>();

    public DbSet<ReminderSetting> Reminders => Set<ReminderSetting>();

    public DbSet<PageFeedback> Feedback => Set<PageFeedback>();

    public DbSet<QuestionnaireResult> Questionnaires => Set<QuestionnaireResult>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        // Ids are made by the app (Guid.NewGuid) so rows can be linked before they are saved;
        // EF must insert them as given, never treat a set id as an existing row.
        modelBuilder.Entity<CheckIn>(e =>
        {
            e.Property(c => c.Id).ValueGeneratedNever();
            e.ToTable("CheckIns");
            e.Property(c => c.IntakeJson).IsRequired();
            e.HasIndex(c => c.CreatedAt);
        });
        modelBuilder.Entity<StoredPlan>(e =>
        {
            e.Property(p => p.Id).ValueGeneratedNever();
            e.ToTable("Plans");
            e.Property(p => p.Status).HasMaxLength(16).IsRequired();
            e.Property(p => p.Stage).HasMaxLength(16).IsRequired();
            e.Property(p => p.PlanJson).IsRequired();
            e.HasOne(p => p.CheckIn).WithMany(c => c.Plans).HasForeignKey(p => p.CheckInId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => p.CreatedAt);
        });
        modelBuilder.Entity<SessionRun>(e =>
        {
            e.Property(s => s.Id).ValueGeneratedNever();
            e.ToTable("Sessions");
            e.Property(s => s.StoppedFor).HasMaxLength(16);
            e.HasOne(s => s.Plan).WithMany(p => p.Sessions).HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => s.StartedAt);

            e.HasIndex(s => s.PlanId);

            // At most one open session per plan: a double-clicked Start cannot make two.
            e.HasIndex(s => s.PlanId, "IX_Sessions_PlanId_Open").IsUnique().HasFilter("\"EndedAt\" IS NULL");
        });
        modelBuilder.Entity<BlockProgress>(e =>
        {
            e.Property(b => b.Id).ValueGeneratedNever();
            e.ToTable("BlockProgress");
            e.Property(b => b.ExerciseId).HasMaxLength(64).IsRequired();
            e.Property(b => b.Outcome).HasMaxLength(16).IsRequired();
            e.HasOne<SessionRun>().WithMany(s => s.Progress).HasForeignKey(b => b.SessionRunId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(b => new { b.SessionRunId, b.BlockIndex }).IsUnique();
        });
        modelBuilder.Entity<Rating>(e =>
        {
            e.Property(r => r.Id).ValueGeneratedNever();
            e.ToTable("Ratings");
            e.Property(r => r.Difficulty).HasMaxLength(16).IsRequired();
            e.Property(r => r.Note).HasMaxLength(2000);
            e.HasOne<SessionRun>().WithOne(s => s.Rating).HasForeignKey<Rating>(r => r.SessionRunId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.SessionRunId).IsUnique();
        });
        BetweenSessionsModel.Configure(modelBuilder);
        OutcomesModel.Configure(modelBuilder);
    }
}
