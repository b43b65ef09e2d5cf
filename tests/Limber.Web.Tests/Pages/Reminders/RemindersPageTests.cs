using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Pages.Reminders;

public sealed class RemindersPageTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly Browser _browser;

    public RemindersPageTests() => _browser = _app.CreateBrowser();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task Before_any_are_set_the_page_offers_three_days_a_morning_time_and_no_feed()
    {
        var page = await _browser.OpenAsync("/reminders");

        var form = page.Form("#reminder-form");
        form.GetAll("Form.Days").ShouldBe(["mon", "wed", "fri"]);
        form.Get("Form.Time").ShouldBe("07:30");
        page.Has("#feed-url").ShouldBeFalse();
    }

    [Fact]
    public async Task Setting_reminders_shows_the_feed_link_and_its_qr_code()
    {
        var page = await _browser.OpenAsync("/reminders");
        var form = page.Form("#reminder-form").Uncheck("Form.Days", "wed").Check("Form.Days", "sat").Set("Form.Time", "19:15").Set("Form.TimeZone", "Europe/Paris");

        var response = await _browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var shown = await _browser.FollowAsync(response);
        shown.Find("[role=status]").TextContent.ShouldContain("Reminders are on");
        var setting = await _app.WithDbAsync(db => db.Reminders.SingleAsync());
        setting.Days.ShouldBe("mon,fri,sat");
        setting.Time.ShouldBe("19:15");
        setting.TimeZone.ShouldBe("Europe/Paris");
        var url = shown.Find("#feed-url").GetAttribute("value").ShouldNotBeNull();
        url.ShouldBe($"http://localhost/calendar/{setting.FeedToken}.ics");
        shown.Find("svg.qr").GetAttribute("aria-label").ShouldNotBeNull().ShouldContain("QR code");
        shown.Find("svg.qr path").GetAttribute("d").ShouldNotBeNullOrEmpty();
        shown.Find("a[href^='webcal://']").GetAttribute("href").ShouldBe($"webcal://localhost/calendar/{setting.FeedToken}.ics");
        (await _browser.Client.GetAsync(new Uri(url))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_bad_time_zone_is_explained_and_the_rest_of_the_form_is_kept()
    {
        var page = await _browser.OpenAsync("/reminders");
        var form = page.Form("#reminder-form").Check("Form.Days", "sun").Set("Form.Time", "06:10").Set("Form.TimeZone", "Atlantis/Capital");

        var shown = await _browser.SubmitForPageAsync(form);

        shown.Status.ShouldBe(HttpStatusCode.OK);
        shown.ErrorNextTo("Form.TimeZone").ShouldContain("IANA time zone");
        var again = shown.Form("#reminder-form");
        again.GetAll("Form.Days").ShouldBe(["mon", "wed", "fri", "sun"]);
        again.Get("Form.Time").ShouldBe("06:10");
        again.Get("Form.TimeZone").ShouldBe("Atlantis/Capital");
        (await _app.WithDbAsync(db => db.Reminders.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task No_day_chosen_is_explained()
    {
        var page = await _browser.OpenAsync("/reminders");
        var form = page.Form("#reminder-form").Remove("Form.Days").Set("Form.TimeZone", "Europe/London");

        var shown = await _browser.SubmitForPageAsync(form);

        shown.ErrorNextTo("Form.Days").ShouldContain("choose at least one day");
    }

    [Fact]
    public async Task Ending_reminders_switches_the_old_link_off()
    {
        var page = await _browser.OpenAsync("/reminders");
        await _browser.SubmitAsync(page.Form("#reminder-form").Set("Form.TimeZone", "Europe/London"));
        var withFeed = await _browser.OpenAsync("/reminders");
        var url = withFeed.Find("#feed-url").GetAttribute("value").ShouldNotBeNull();

        var response = await _browser.SubmitAsync(withFeed.FormOf("button.danger"));

        var shown = await _browser.FollowAsync(response);
        shown.Find("[role=status]").TextContent.ShouldContain("Reminders ended");
        shown.Has("#feed-url").ShouldBeFalse();
        (await _browser.Client.GetAsync(new Uri(url))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
