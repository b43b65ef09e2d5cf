using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages;

/// <summary>Shown for unknown addresses; re-executed for any method, so it must not demand an antiforgery token.</summary>
[IgnoreAntiforgeryToken]
public sealed class NotFoundModel : PageModel
{
    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
