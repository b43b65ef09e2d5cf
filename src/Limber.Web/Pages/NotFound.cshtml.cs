using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages;

/// <summary>
/// Shown for unknown addresses and other requests the app cannot answer (re-executed by the
/// status code pages for any 4xx or 5xx without a body); it names the problem by status code.
/// Re-executed for any method, so it must not demand an antiforgery token.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class NotFoundModel : PageModel
{
    public string Title => Response.StatusCode switch
    {
        StatusCodes.Status400BadRequest => "That request was not understood",
        StatusCodes.Status405MethodNotAllowed => "That cannot be done here",
        _ => "Not found",
    };

    public string Explanation => Response.StatusCode switch
    {
        StatusCodes.Status400BadRequest => "Limber could not read what was sent, or the form was open too long, so nothing was saved. Go back, reload the page and send it again.",
        StatusCodes.Status405MethodNotAllowed => "This address only shows a page; nothing was sent or changed.",
        _ => "There is nothing at this address.",
    };

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
