using System.Net;
using System.Text.RegularExpressions;
using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>Setting reminders in the browser: the browser's time zone, the feed link to copy and scan, changing and ending them.</summary>
public sealed partial class RemindersJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    private static readonly TimeSpan Patient = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task Setting_reminders_gives_a_feed_link_to_copy_and_a_qr_code_and_ending_them_switches_it_off(int width, int height)
    {
        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = server.BaseUrl,
            TimezoneId = "Europe/Berlin",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout((float)Patient.TotalMilliseconds);
        var reminders = new RemindersPage(page);

        await reminders.OpenAsync();
        await Assertions.Expect(reminders.TimeZone).ToHaveValueAsync("Europe/Berlin");
        await reminders.Day("Wednesday").UncheckAsync();
        await reminders.Day("Saturday").CheckAsync();
        await reminders.Time.FillAsync("18:30");
        await LimberServer.ScreenshotAsync(page, $"reminders-form-{width}x{height}");
        await reminders.SetAsync();

        await Assertions.Expect(reminders.Status).ToContainTextAsync("Reminders are on");
        await Assertions.Expect(reminders.QrCode).ToBeVisibleAsync();
        var url = await reminders.FeedLink.InputValueAsync();
        FeedUrl().IsMatch(url).ShouldBeTrue(url);
        await reminders.CopyAsync();
        await Assertions.Expect(reminders.CopyStatus).ToContainTextAsync("Link copied");
        (await page.EvaluateAsync<string>("() => navigator.clipboard.readText()")).ShouldBe(url);
        await LimberServer.ScreenshotAsync(page, $"reminders-feed-{width}x{height}");

        using var http = new HttpClient();
        var feed = await http.GetStringAsync(new Uri(url));
        feed.ShouldContain("RRULE:FREQ=WEEKLY;BYDAY=MO,FR,SA");
        feed.ShouldMatch("DTSTART;TZID=Europe/Berlin:\\d{8}T183000");

        await reminders.Time.FillAsync("07:15");
        await reminders.SaveChangesAsync();
        await Assertions.Expect(reminders.Status).ToContainTextAsync("Reminders changed");
        (await reminders.FeedLink.InputValueAsync()).ShouldBe(url);
        (await http.GetStringAsync(new Uri(url))).ShouldMatch("DTSTART;TZID=Europe/Berlin:\\d{8}T071500");

        await reminders.EndAsync();
        await Assertions.Expect(reminders.Status).ToContainTextAsync("Reminders ended");
        await Assertions.Expect(reminders.FeedLink).ToHaveCountAsync(0);
        (await http.GetAsync(new Uri(url))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex(@"^http://127\.0\.0\.1:\d+/calendar/[A-Za-z0-9_-]{40,}\.ics$")]
    private static partial Regex FeedUrl();
}
