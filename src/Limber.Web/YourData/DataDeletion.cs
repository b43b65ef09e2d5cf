using Limber.Data;
using Limber.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Limber.Web.YourData;

/// <summary>What "delete everything" did, or why it did nothing.</summary>
public sealed record DeletionOutcome(bool Deleted, bool AccountDeleted, IReadOnlyDictionary<string, string> Problems);

/// <summary>
/// The one write path for "delete everything", used by the "Your data" page and <c>POST /api/data/delete</c>.
/// It deletes only when the person has typed the phrase <see cref="Phrase"/>; in hosted mode it deletes that
/// account's rows only, and the account with its sign-in too when the person asks, signing them out.
/// </summary>
public sealed class DataDeletion(LimberDb db, IOptions<LimberOptions> options)
{
    /// <summary>What the person types to confirm (the API's <c>confirm</c> value).</summary>
    public const string Phrase = "delete everything";

    public async Task<DeletionOutcome> DeleteAsync(HttpContext context, string? confirm, bool account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.Equals(confirm?.Trim(), Phrase, StringComparison.Ordinal))
        {
            problems["confirm"] = $"must be the words \"{Phrase}\", to show this is meant; nothing was deleted";
        }

        if (account && !options.Value.IsHosted)
        {
            problems["deleteAccount"] = "there is no account to delete on a local install; leave it out";
        }

        if (problems.Count > 0)
        {
            return new DeletionOutcome(false, false, problems);
        }

        await db.DeleteEverythingAsync(account, cancellationToken);
        if (account)
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        }

        return new DeletionOutcome(true, account, problems);
    }
}
