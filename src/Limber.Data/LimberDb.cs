using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Limber.Data;

/// <summary>
/// Limber's one database: check-ins, plans as issued, sessions with per-block progress, ratings, reminders,
/// feedback; in hosted mode also the accounts (ASP.NET Core Identity), invites and the data-protection keys
/// that every instance shares. Each context reads and writes the rows of one owner (<see cref="OwnerId"/>):
/// a global query filter hides every other owner's rows, and each row added is stamped with the owner.
/// </summary>
public sealed class LimberDb(DbContextOptions<LimberDb> options) : IdentityUserContext<LimberAccount>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The person whose rows this context sees and writes: <see cref="Owners.Local"/> in local mode, the
    /// signed-in account's id in hosted mode, and <see cref="Owners.Nobody"/> when nobody is signed in.
    /// </summary>
    public string OwnerId
    {
        get => _ownerId ?? _owner?.Invoke() ?? Owners.Local;
        set => (_ownerId, _owner) = (value, null);
    }

    private string? _ownerId;

    private Func<string>? _owner;

    /// <summary>
    /// Acts for whoever <paramref name="owner"/> names at the moment of each query and save (the web app's
    /// signed-in person, which is known only once the request's cookie has been read).
    /// </summary>
    public void ActFor(Func<string> owner) => (_ownerId, _owner) = (null, owner);

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Invite> Invites => Set<Invite>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<StoredPlan> Plans => Set<StoredPlan>();

    public DbSet<SessionRun> Sessions => Set<SessionRun>();

    public DbSet<BlockProgress> BlockProgress => Set<BlockProgress>();

    public DbSet<Rating> Ratings => Set<Rating>();

    public DbSet<ReminderSetting> Reminders => Set<ReminderSetting>();

    public DbSet<PageFeedback> Feedback => Set<PageFeedback>();

    public DbSet<QuestionnaireResult> Questionnaires => Set<QuestionnaireResult>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AccountsModel.Configure(builder);
        builder.Entity<DataProtectionKey>(e => e.ToTable("DataProtectionKeys"));

        // Ids are made by the app (Guid.NewGuid) so rows can be linked before they are saved;
        // EF must insert them as given, never treat a set id as an existing row.
        builder.Entity<CheckIn>(e =>
        {
            e.Property(c => c.Id).ValueGeneratedNever();
            e.ToTable("CheckIns");
            e.Property(c => c.IntakeJson).IsRequired();
            e.HasIndex(c => new { c.OwnerId, c.CreatedAt });
        });
        builder.Entity<StoredPlan>(e =>
        {
            e.Property(p => p.Id).ValueGeneratedNever();
            e.ToTable("Plans");
            e.Property(p => p.Status).HasMaxLength(16).IsRequired();
            e.Property(p => p.Stage).HasMaxLength(16).IsRequired();
            e.Property(p => p.PlanJson).IsRequired();
            e.Property(p => p.Number).HasDefaultValue(0L);
            e.HasOne(p => p.CheckIn).WithMany(c => c.Plans).HasForeignKey(p => p.CheckInId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(p => new { p.OwnerId, p.CreatedAt });
        });
        builder.Entity<SessionRun>(e =>
        {
            e.Property(s => s.Id).ValueGeneratedNever();
            e.ToTable("Sessions");
            e.Property(s => s.StoppedFor).HasMaxLength(16);
            e.HasOne(s => s.Plan).WithMany(p => p.Sessions).HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => new { s.OwnerId, s.StartedAt });

            e.HasIndex(s => s.PlanId);

            // At most one open session per plan: a double-clicked Start cannot make two.
            e.HasIndex(s => s.PlanId, "IX_Sessions_PlanId_Open").IsUnique().HasFilter("\"EndedAt\" IS NULL");
        });
        builder.Entity<BlockProgress>(e =>
        {
            e.Property(b => b.Id).ValueGeneratedNever();
            e.ToTable("BlockProgress");
            e.Property(b => b.ExerciseId).HasMaxLength(64).IsRequired();
            e.Property(b => b.Outcome).HasMaxLength(16).IsRequired();
            e.HasOne<SessionRun>().WithMany(s => s.Progress).HasForeignKey(b => b.SessionRunId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(b => new { b.SessionRunId, b.BlockIndex }).IsUnique();
        });
        builder.Entity<Rating>(e =>
        {
            e.Property(r => r.Id).ValueGeneratedNever();
            e.ToTable("Ratings");
            e.Property(r => r.Difficulty).HasMaxLength(16).IsRequired();
            e.Property(r => r.Note).HasMaxLength(2000);
            e.HasOne<SessionRun>().WithOne(s => s.Rating).HasForeignKey<Rating>(r => r.SessionRunId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.SessionRunId).IsUnique();
        });
        BetweenSessionsModel.Configure(builder);
        OutcomesModel.Configure(builder);

        foreach (var owned in builder.Model.GetEntityTypes().Where(t => typeof(IOwned).IsAssignableFrom(t.ClrType)).ToList())
        {
            OwnedByMethod.MakeGenericMethod(owned.ClrType).Invoke(this, [builder]);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampOwner();
        if (HasUnnumberedPlans())
        {
            NumberNewPlans(Plans.Max(p => (long?)p.Number));
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampOwner();
        if (HasUnnumberedPlans())
        {
            NumberNewPlans(await Plans.MaxAsync(p => (long?)p.Number, cancellationToken));
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private bool HasUnnumberedPlans() => UnnumberedPlans().Any();

    private IEnumerable<StoredPlan> UnnumberedPlans() =>
        ChangeTracker.Entries<StoredPlan>().Where(e => e.State == EntityState.Added && e.Entity.Number == 0).Select(e => e.Entity);

    /// <summary>Numbers the owner's new plans after their last one (<paramref name="last"/>), in the order they were added.</summary>
    private void NumberNewPlans(long? last)
    {
        var number = last ?? 0;
        foreach (var plan in UnnumberedPlans().ToList())
        {
            plan.Number = ++number;
        }
    }

    private static readonly MethodInfo OwnedByMethod = typeof(LimberDb).GetMethod(nameof(OwnedBy), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>The owner column, its index, and the filter that shows a context only its owner's rows.</summary>
    private void OwnedBy<T>(ModelBuilder modelBuilder)
        where T : class, IOwned
    {
        var entity = modelBuilder.Entity<T>();
        entity.Property(e => e.OwnerId).HasMaxLength(Owners.MaxLength).IsRequired().HasDefaultValue(Owners.Local);
        Expression<Func<T, bool>> mine = e => e.OwnerId == OwnerId;
        entity.HasQueryFilter(mine);
    }

    /// <summary>Every row added belongs to this context's owner; a row for someone else, or for nobody, is a bug.</summary>
    private void StampOwner()
    {
        foreach (var entry in ChangeTracker.Entries<IOwned>().Where(e => e.State == EntityState.Added))
        {
            if (OwnerId == Owners.Nobody)
            {
                throw new InvalidOperationException($"A {entry.Entity.GetType().Name} was added with nobody signed in.");
            }

            if (entry.Entity.OwnerId.Length == 0)
            {
                entry.Entity.OwnerId = OwnerId;
            }
            else if (entry.Entity.OwnerId != OwnerId)
            {
                throw new InvalidOperationException($"A {entry.Entity.GetType().Name} of another owner was added.");
            }
        }
    }
}
