using Limber.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Account;

/// <summary>
/// Adds a passkey to the signed-in account (ASP.NET Core Identity's WebAuthn support): the page asks for
/// creation options, the browser makes the key with the device's screen lock, and the page stores what
/// Identity verified. Signing in with it is on the sign-in page.
/// </summary>
public sealed class PasskeysModel(UserManager<LimberAccount> users, SignInManager<LimberAccount> signIn) : PageModel
{
    public int Count { get; private set; }

    public string? Problem { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        Count = (await users.GetPasskeysAsync(account)).Count;
        return Page();
    }

    /// <summary>The WebAuthn creation options for this account, as JSON (the challenge is kept by Identity).</summary>
    public async Task<IActionResult> OnPostOptionsAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        var name = account.UserName ?? account.Id;
        var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = account.Id, Name = name, DisplayName = name });
        return Content(options, "application/json");
    }

    /// <summary>Stores the new passkey once Identity has verified the browser's answer to the challenge.</summary>
    public async Task<IActionResult> OnPostAsync(string? credential)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        Count = (await users.GetPasskeysAsync(account)).Count;
        if (string.IsNullOrWhiteSpace(credential))
        {
            Problem = "This browser did not make a passkey. Try again, or keep signing in with your password.";
            return Page();
        }

        var attestation = await signIn.PerformPasskeyAttestationAsync(credential);
        if (!attestation.Succeeded)
        {
            Problem = "The passkey could not be checked, so it was not added. Try again.";
            return Page();
        }

        var added = await users.AddOrUpdatePasskeyAsync(account, attestation.Passkey);
        if (!added.Succeeded)
        {
            Problem = "The passkey could not be saved. Try again.";
            return Page();
        }

        Done = "Passkey added. Next time, choose \"Sign in with a passkey\".";
        return RedirectToPage();
    }
}
