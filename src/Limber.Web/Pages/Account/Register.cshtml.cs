using Limber.Data;
using Limber.Web.Accounts;
using Limber.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Web.Pages.Account;

/// <summary>
/// Register with a user name and a password, and be signed in at once (no mail server is assumed). With
/// <c>Limber:Registration=invite</c> only an open invite link lets a person register, except the site's first
/// account, which becomes its admin and makes the invites.
/// </summary>
[EnableRateLimiting(AccountsRegistration.SignInPolicy)]
public sealed class RegisterModel(
    UserManager<LimberAccount> users, SignInManager<LimberAccount> signIn, InviteBook invites, LimberDb db, IOptions<LimberOptions> options, TimeProvider clock) : PageModel
{
    [BindProperty]
    public LoginForm Form { get; set; } = new();

    /// <summary>The invite link's token, carried from the link to the form.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Invite { get; set; }

    public bool NeedsInvite { get; private set; }

    public List<string> Problems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        NeedsInvite = !await MayRegisterAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await MayRegisterAsync(cancellationToken))
        {
            NeedsInvite = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        if (string.IsNullOrWhiteSpace(Form.UserName))
        {
            Problems.Add("Choose a user name (or use your email address).");
        }

        if (string.IsNullOrEmpty(Form.Password))
        {
            Problems.Add("Choose a password of at least 10 characters.");
        }

        if (Problems.Count > 0)
        {
            return Page();
        }

        var first = !await db.Users.AnyAsync(cancellationToken);
        var account = new LimberAccount
        {
            UserName = Form.UserName!.Trim(),
            Email = Form.UserName.Contains('@', StringComparison.Ordinal) ? Form.UserName.Trim() : null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            IsAdmin = first,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (InviteNeeded(first) && !await invites.UseAsync(Invite, cancellationToken))
        {
            NeedsInvite = true;
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        var created = await users.CreateAsync(account, Form.Password!);
        if (!created.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            Problems.AddRange(created.Errors.Select(e => Plain(e)));
            return Page();
        }

        await transaction.CommitAsync(cancellationToken);
        await signIn.SignInAsync(account, isPersistent: true);
        return LocalRedirect("/");
    }

    private bool InviteNeeded(bool first) => options.Value.EffectiveRegistration == RegistrationMode.Invite && !first;

    private async Task<bool> MayRegisterAsync(CancellationToken cancellationToken) =>
        options.Value.EffectiveRegistration == RegistrationMode.Open
        || !await db.Users.AnyAsync(cancellationToken)
        || await invites.IsOpenAsync(Invite, cancellationToken);

    /// <summary>Identity's messages, in the words of this form.</summary>
    private static string Plain(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" => "That user name is taken. Choose another.",
        "InvalidUserName" => "A user name may hold letters, digits and - . _ @ + only.",
        "PasswordTooShort" => "The password needs at least 10 characters.",
        _ => error.Description,
    };
}
