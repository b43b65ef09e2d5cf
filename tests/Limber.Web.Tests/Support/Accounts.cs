using System.Net;

namespace Limber.Web.Tests.Support;

/// <summary>Hosted-mode steps: register and sign in through the pages, as a person does.</summary>
public static class Accounts
{
    public const string Password = "correct horse battery";

    /// <summary>Registers through the register page (signed in at once) and returns the browser's home page.</summary>
    public static async Task<HtmlPage> RegisterAsync(Browser browser, string userName, string password = Password, string? invite = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.OpenAsync(invite is null ? "/account/register" : $"/account/register?invite={Uri.EscapeDataString(invite)}");
        var form = page.FormOf("#register-form").Set("Form.UserName", userName).Set("Form.Password", password);
        var response = await browser.SubmitAsync(form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await browser.FollowAsync(response);
    }

    /// <summary>Posts the sign-in form and returns the response (a redirect when it worked).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(Browser browser, string userName, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.OpenAsync("/account/login");
        return await browser.SubmitAsync(page.FormOf("#login-form").Set("Form.UserName", userName).Set("Form.Password", password));
    }
}
