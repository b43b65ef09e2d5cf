using Limber.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Account;

/// <summary>Sign out is a POST (a link cannot sign a person out); the page only offers the button.</summary>
public sealed class LogoutModel(SignInManager<LimberAccount> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
