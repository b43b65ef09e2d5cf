using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Limber.Data;

/// <summary>
/// A person's account in hosted mode (ASP.NET Core Identity). Its <c>Id</c> is the
/// owner id of every row the person has. The first account of a site is its admin, who makes invites.
/// </summary>
public sealed class LimberAccount : IdentityUser
{
    public DateTime CreatedAt { get; set; }

    /// <summary>May make invite links (the site's first account).</summary>
    public bool IsAdmin { get; set; }
}

/// <summary>
/// An invite link made by an admin, for <c>Limber:Registration=invite</c>. Only a hash of its token is kept,
/// so the table does not hold working links; it is used once. Owned by the admin who made it.
/// </summary>
public sealed class Invite : IOwned
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the link's token, hex.</summary>
    public required string TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>When an account was registered with it; an invite is used once.</summary>
    public DateTime? UsedAt { get; set; }

    /// <inheritdoc/>
    public string OwnerId { get; set; } = "";
}

/// <summary>The model of the account and invite tables, applied by <see cref="LimberDb"/>.</summary>
internal static class AccountsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        // Identity's own tables, configured here rather than by IdentityUserContext, whose model would
        // depend on the app's Identity options (local mode has none): this is its schema version 3, with passkeys.
        modelBuilder.Entity<LimberAccount>(b =>
        {
            b.ToTable("Accounts");
            b.HasKey(u => u.Id);
            b.Property(u => u.Id).HasMaxLength(Owners.MaxLength);
            b.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
            b.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
            b.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
            b.Property(u => u.UserName).HasMaxLength(256);
            b.Property(u => u.NormalizedUserName).HasMaxLength(256);
            b.Property(u => u.Email).HasMaxLength(256);
            b.Property(u => u.NormalizedEmail).HasMaxLength(256);
            b.Property(u => u.PhoneNumber).HasMaxLength(256);
            b.HasMany<IdentityUserClaim<string>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
            b.HasMany<IdentityUserLogin<string>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
            b.HasMany<IdentityUserToken<string>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
            b.HasMany<IdentityUserPasskey<string>>().WithOne().HasForeignKey(p => p.UserId).IsRequired();
        });
        modelBuilder.Entity<IdentityUserClaim<string>>(b =>
        {
            b.ToTable("AccountClaims");
            b.HasKey(c => c.Id);
        });
        modelBuilder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.ToTable("AccountLogins");
            b.HasKey(l => new { l.LoginProvider, l.ProviderKey });
            b.Property(l => l.LoginProvider).HasMaxLength(128);
            b.Property(l => l.ProviderKey).HasMaxLength(128);
        });
        modelBuilder.Entity<IdentityUserToken<string>>(b =>
        {
            b.ToTable("AccountTokens");
            b.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
            b.Property(t => t.LoginProvider).HasMaxLength(128);
            b.Property(t => t.Name).HasMaxLength(128);
        });
        modelBuilder.Entity<IdentityUserPasskey<string>>(b =>
        {
            b.ToTable("AccountPasskeys");
            b.HasKey(p => p.CredentialId);
            b.Property(p => p.CredentialId).HasMaxLength(1024); // WebAuthn credential ids are at most 1023 bytes.
            b.OwnsOne(p => p.Data).ToJson();
        });
        modelBuilder.Entity<Invite>(e =>
        {
            e.Property(i => i.Id).ValueGeneratedNever();
            e.ToTable("Invites");
            e.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
            e.HasIndex(i => i.TokenHash).IsUnique();
        });
    }
}
