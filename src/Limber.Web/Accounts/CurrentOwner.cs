using System.Security.Claims;
using Limber.Data;
using Limber.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Limber.Web.Accounts;

/// <summary>
/// The person a request acts for, and so the owner of every row its <see cref="LimberDb"/> sees and writes:
/// the one local person in local mode; the signed-in account in hosted mode, or nobody (no rows at all).
/// Read afresh each time, because a request's context can be made before its sign-in cookie is read (Identity
/// checks the cookie's security stamp through the same context).
/// </summary>
public sealed class CurrentOwner(IHttpContextAccessor requests, IOptions<LimberOptions> options)
{
    public string Id => Of(requests.HttpContext, options.Value);

    public static string Of(HttpContext? context, LimberOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsHosted)
        {
            return Owners.Local;
        }

        var id = context?.User.Identity?.IsAuthenticated == true ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        return string.IsNullOrEmpty(id) ? Owners.Nobody : id;
    }
}
