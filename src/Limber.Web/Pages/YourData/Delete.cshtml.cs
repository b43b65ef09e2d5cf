using Limber.Data;
using Limber.Web.Infrastructure;
using Limber.Web.YourData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Limber.Web.Pages.YourData;

/// <summary>
/// The confirm step of "delete everything": it says what goes, and deletes only once the person has typed
/// <see cref="DataDeletion.Phrase"/>. In hosted mode the person may delete their account and sign-in too;
/// afterwards they are signed out, so this page also shows the "done" state to nobody signed in.
/// </summary>
[AllowAnonymous]
public sealed class DeleteModel(LimberDb db, DataDeletion deletion, IOptions<LimberOptions> options) : PageModel
{
    public DataCounts Counts { get; private set; } = new(0, 0, 0, false, 0);

    [BindProperty]
    public string? Confirm { get; set; }

    [BindProperty]
    public bool DeleteAccount { get; set; }

    public bool Hosted => options.Value.IsHosted;

    [TempData]
    public bool AccountDeleted { get; set; }

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool done, CancellationToken cancellationToken)
    {
        if (done && AccountDeleted)
        {
            Done = true;
            return Page();
        }

        if (Hosted && User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        Counts = await DataCounts.LoadAsync(db, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Hosted && User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        var outcome = await deletion.DeleteAsync(HttpContext, Confirm, Hosted && DeleteAccount, cancellationToken);
        if (!outcome.Deleted)
        {
            ModelState.AddModelError(nameof(Confirm), $"Type the words \"{DataDeletion.Phrase}\" to confirm. Nothing was deleted.");
            Counts = await DataCounts.LoadAsync(db, cancellationToken);
            return Page();
        }

        if (outcome.AccountDeleted)
        {
            AccountDeleted = true;
            return RedirectToPage(new { done = true });
        }

        TempData["Erased"] = true;
        return RedirectToPage("/YourData/Index");
    }
}
