using System.Net;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Accounts;

/// <summary>Registering, signing in and out, lockout and rate limits, invites; and local mode without any of it.</summary>
public sealed class SignInTests : IDisposable
{
    private readonly LimberWebFactory _hosted = new() { Hosted = true };

    public void Dispose() => _hosted.Dispose();

    [Fact]
    public async Task A_person_who_registers_is_signed_in_at_once_and_can_sign_out_and_in_again()
    {
        using var browser = _hosted.CreateBrowser();

        var home = await Support.Accounts.RegisterAsync(browser, "carla");
        home.Has("form[action='/account/logout'] button").ShouldBeTrue();
        (await browser.GetAsync("/history")).Status.ShouldBe(HttpStatusCode.OK);

        var signOut = (await browser.OpenAsync("/")).FormOf("form[action='/account/logout']");
        (await browser.SubmitAsync(signOut)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.Client.GetAsync(new Uri("/history", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var signIn = await Support.Accounts.SignInAsync(browser, "carla");
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await browser.GetAsync("/history")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        using var browser = _hosted.CreateBrowser();
        await Support.Accounts.RegisterAsync(browser, "dev");
        await browser.SubmitAsync((await browser.OpenAsync("/")).FormOf("form[action='/account/logout']"));

        var page = await browser.OpenAsync("/account/login?returnUrl=%2Fhistory");
        var back = await browser.SubmitAsync(page.FormOf("#login-form").Set("Form.UserName", "dev").Set("Form.Password", Support.Accounts.Password));
        var away = await browser.SubmitAsync((await browser.OpenAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example%2F")).FormOf("#login-form")
            .Set("Form.UserName", "dev").Set("Form.Password", Support.Accounts.Password));

        Browser.LocationOf(back).ShouldBe("/history");
        Browser.LocationOf(away).ShouldBe("/");
    }

    [Fact]
    public async Task A_wrong_password_says_so_without_saying_whether_the_account_exists()
    {
        using var browser = _hosted.CreateBrowser();
        await Support.Accounts.RegisterAsync(browser, "erin");
        using var stranger = _hosted.CreateBrowser();

        var wrong = await Browser.ParseAsync("/account/login", await Support.Accounts.SignInAsync(stranger, "erin", "not the password"));
        var unknown = await Browser.ParseAsync("/account/login", await Support.Accounts.SignInAsync(stranger, "nobody-here", "not the password"));

        wrong.Status.ShouldBe(HttpStatusCode.OK);
        wrong.Find("[role=alert] p").TextContent.ShouldBe(unknown.Find("[role=alert] p").TextContent);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_next_try_answers_429()
    {
        using (var owner = _hosted.CreateBrowser())
        {
            await Support.Accounts.RegisterAsync(owner, "fay");
        }

        using var attacker = _hosted.CreateBrowser();
        for (var i = 0; i < 4; i++)
        {
            (await Support.Accounts.SignInAsync(attacker, "fay", $"guess {i}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var fifth = await Support.Accounts.SignInAsync(attacker, "fay", "guess 4");
        var right = await Support.Accounts.SignInAsync(attacker, "fay");

        fifth.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        right.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "locked: even the right password waits");
        (await right.Content.ReadAsStringAsync()).ShouldContain("locked for 15 minutes");
    }

    [Fact]
    public async Task One_address_trying_many_sign_ins_is_answered_429_whatever_the_names()
    {
        using var attacker = _hosted.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await Support.Accounts.SignInAsync(attacker, $"user{i}", "guess")).StatusCode);
        }

        statuses.Take(10).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(10).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_short_password_or_a_taken_name_is_explained_and_the_name_is_kept()
    {
        using var first = _hosted.CreateBrowser();
        await Support.Accounts.RegisterAsync(first, "gus");
        using var second = _hosted.CreateBrowser();

        var form = (await second.OpenAsync("/account/register")).FormOf("#register-form");
        var taken = await second.SubmitForPageAsync(form.Set("Form.UserName", "gus").Set("Form.Password", Support.Accounts.Password));
        var shortOne = await second.SubmitForPageAsync((await second.OpenAsync("/account/register")).FormOf("#register-form").Set("Form.UserName", "hal").Set("Form.Password", "short"));

        taken.Text.ShouldContain("That user name is taken");
        shortOne.Text.ShouldContain("at least 10 characters");
        shortOne.Find("#register-name").GetAttribute("value").ShouldBe("hal");
    }

    [Fact]
    public async Task With_invite_registration_only_an_admins_link_lets_a_person_in_once()
    {
        using var site = new LimberWebFactory { Hosted = true };
        using var configured = site.WithWebHostBuilder(b => b.UseSetting("Limber:Registration", "invite"));
        using var admin = new Browser(configured.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        await Support.Accounts.RegisterAsync(admin, "admin");

        using var stranger = new Browser(configured.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        (await stranger.OpenAsync("/account/register")).Text.ShouldContain("by invite only");

        var made = await admin.SubmitForPageAsync((await admin.OpenAsync("/account/invites")).Form("main form"));
        var link = new Uri(made.Find("#invite-link").TextContent);
        var invite = System.Web.HttpUtility.ParseQueryString(link.Query)["invite"]!;

        await Support.Accounts.RegisterAsync(stranger, "ivy", invite: invite);
        using var third = new Browser(configured.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));
        var again = await third.OpenAsync($"/account/register?invite={Uri.EscapeDataString(invite)}");
        again.Text.ShouldContain("by invite only");
    }

    [Fact]
    public async Task Local_mode_has_no_account_pages_and_needs_no_sign_in()
    {
        using var local = new LimberWebFactory();
        using var browser = local.CreateBrowser();

        (await browser.GetAsync("/account/login")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.GetAsync("/account/register")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await browser.OpenAsync("/history")).Has("a[href='/account/login']").ShouldBeFalse();
        var planId = await Journeys.CheckInAsync(browser, local.Clock.GetUtcNow());
        (await browser.GetAsync($"/plans/{planId}")).Status.ShouldBe(HttpStatusCode.OK);
    }
}
