using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages;

/// <summary>Shown for unknown addresses; re-executed for any method, so it must not demand an antiforgery token.</summary>
[IgnoreAntiforgeryToken]
public sealed class NotFoundModel : PageModel
{
    /// <summary>Re-executed for a 400 from a form post (an expired or missing form token): nothing was saved.</summary>
    public bool FormNotSent => Response.StatusCode == StatusCodes.Status400BadRequest;

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
