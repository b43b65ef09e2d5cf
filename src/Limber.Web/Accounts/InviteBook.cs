using System.Security.Cryptography;
using System.Text;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Accounts;

/// <summary>
/// Invite links for <c>Limber:Registration=invite</c>: an admin makes one, a new person registers with it once.
/// No mail server is assumed, so the admin passes the link on. Only a hash of each token is stored.
/// </summary>
public sealed class InviteBook(LimberDb db, TimeProvider clock)
{
    /// <summary>How long an invite link works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>Makes an invite and returns its token (shown once, never stored).</summary>
    public async Task<string> MakeAsync(CancellationToken cancellationToken)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow().UtcDateTime;
        db.Invites.Add(new Invite { Id = Guid.NewGuid(), TokenHash = Hash(token), CreatedAt = now, ExpiresAt = now + Lifetime });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>How many of this admin's invites are still open.</summary>
    public Task<int> CountOpenAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Invites.CountAsync(i => i.UsedAt == null && i.ExpiresAt > now, cancellationToken);
    }

    /// <summary>True when the token is an open invite (used by the register page before it shows the form).</summary>
    public Task<bool> IsOpenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return Task.FromResult(false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(token);

        // The person registering is nobody yet: invites are looked up across owners, by their hash only.
        return db.Invites.IgnoreQueryFilters().AnyAsync(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Marks the invite used; false when it was not open (used already, expired, or unknown). One statement, so it is used once.</summary>
    public async Task<bool> UseAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hash = Hash(token);
        var used = await db.Invites.IgnoreQueryFilters()
            .Where(i => i.TokenHash == hash && i.UsedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.UsedAt, (DateTime?)now), cancellationToken);
        return used == 1;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));
}
