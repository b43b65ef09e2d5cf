using System.Net;
using Limber.Tests.Shared;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Accounts;

/// <summary>
/// Two hosted instances on one PostgreSQL database are one site: the data-protection keys live in the
/// database, so a sign-in cookie (and a form token) made by one is accepted by the other.
/// </summary>
public sealed class SeveralInstancesTests : IDisposable
{
    private readonly string _database = TestPostgres.CreateDatabase();

    public void Dispose() => TestPostgres.DropDatabase(_database);

    [Fact]
    public async Task A_sign_in_cookie_from_one_instance_works_on_the_other()
    {
        using var first = new LimberWebFactory { Hosted = true, PostgresDatabase = _database };
        using var second = new LimberWebFactory { Hosted = true, PostgresDatabase = _database };
        using var browser = first.CreateBrowser();
        var form = (await browser.OpenAsync("/account/register")).FormOf("#register-form")
            .Set("Form.UserName", "olga").Set("Form.Password", Support.Accounts.Password);
        var registered = await browser.SubmitAsync(form);
        registered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = registered.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Limber.Web.Accounts.AccountsRegistration.CookieName + "=", StringComparison.Ordinal));

        using var other = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/history", UriKind.Relative));
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var history = await other.SendAsync(request);
        using var signedOut = await other.GetAsync(new Uri("/history", UriKind.Relative));

        history.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
