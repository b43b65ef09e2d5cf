using System.Security.Claims;
using Limber.Data;
using Limber.Web.Infrastructure;

namespace Limber.Web.Accounts;

/// <summary>
/// The person a request acts for, and so the owner of every row its <see cref="LimberDb"/> sees and writes:
/// the one local person in local mode; the signed-in account in hosted mode, or nobody (no rows at all).
/// </summary>
public sealed record CurrentOwner(string Id)
{
    public bool IsSignedIn => Id != Owners.Nobody;

    public static CurrentOwner Of(HttpContext? context, LimberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsHosted)
        {
            return new CurrentOwner(Owners.Local);
        }

        var id = context?.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return new CurrentOwner(string.IsNullOrEmpty(id) ? Owners.Nobody : id);
    }
}
