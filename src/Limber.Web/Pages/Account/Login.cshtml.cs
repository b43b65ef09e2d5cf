using Limber.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Limber.Web.Pages.Account;

/// <summary>
/// Sign in with a user name and password. Failures say the same thing whether the name exists or not; five
/// in a row lock the account for 15 minutes (answered 429), and each address may post only a few times per window.
/// </summary>
[EnableRateLimiting(Accounts.AccountsRegistration.SignInPolicy)]
public sealed class LoginModel(SignInManager<LimberAccount> signIn, UserManager<LimberAccount> users) : PageModel
{
    [BindProperty]
    public LoginForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Form.UserName) || string.IsNullOrEmpty(Form.Password))
        {
            Problem = "Enter your user name and your password.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Form.UserName.Trim(), Form.Password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            Problem = "Too many wrong passwords for this account. It is locked for 15 minutes; wait, then try again.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = "900";
            return Page();
        }

        Problem = "That user name and password do not match an account here. Check both and try again.";
        return Page();
    }

    /// <summary>WebAuthn request options (for the named account's passkeys, or any passkey of this site).</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync(string? userName)
    {
        var account = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        return Content(await signIn.MakePasskeyRequestOptionsAsync(account), "application/json");
    }

    /// <summary>Signs in with the passkey the browser answered the challenge with.</summary>
    public async Task<IActionResult> OnPostPasskeyAsync(string? credential)
    {
        if (string.IsNullOrWhiteSpace(credential))
        {
            Problem = "No passkey was used. Try again, or sign in with your password.";
            return Page();
        }

        var result = await signIn.PasskeySignInAsync(credential);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturn(ReturnUrl));
        }

        if (result.IsLockedOut)
        {
            Problem = "This account is locked for 15 minutes after too many wrong passwords; wait, then try again.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        Problem = "That passkey does not sign in to an account here. Use your password, then add a passkey.";
        return Page();
    }

    /// <summary>Only a path on this site: an absolute or protocol-relative return URL goes home instead.</summary>
    public static string SafeReturn(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}

public sealed class LoginForm
{
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
