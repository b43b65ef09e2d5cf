using Limber.Data;
using Limber.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Account;

/// <summary>The admin's invite links, for <c>Limber:Registration=invite</c>. Others see that only the admin makes them.</summary>
public sealed class InvitesModel(UserManager<LimberAccount> users, InviteBook invites) : PageModel
{
    public bool IsAdmin { get; private set; }

    public string? NewLink { get; private set; }

    public int OpenCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        IsAdmin = account.IsAdmin;
        OpenCount = IsAdmin ? await invites.CountOpenAsync(cancellationToken) : 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { IsAdmin: true })
        {
            return NotFound();
        }

        IsAdmin = true;
        var token = await invites.MakeAsync(cancellationToken);
        NewLink = $"{Request.Scheme}://{Request.Host}/account/register?invite={Uri.EscapeDataString(token)}";
        OpenCount = await invites.CountOpenAsync(cancellationToken);
        return Page();
    }
}
