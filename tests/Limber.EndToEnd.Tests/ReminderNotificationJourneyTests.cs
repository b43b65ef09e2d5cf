using System.Text;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>With Limber open and notifications allowed, the service worker shows one at reminder time.</summary>
public sealed class ReminderNotificationJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    private const string Notifications =
        "async () => (await (await navigator.serviceWorker.ready).getNotifications()).map(n => n.title)";

    [Fact]
    public async Task The_service_worker_shows_a_notification_at_reminder_time_and_only_once()
    {
        // The server's clock is Sunday 22 November 2026, 08:00 UTC, which is 08:00 in London.
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        using var body = new StringContent("""{"days":["sun"],"time":"08:02","timeZone":"Europe/London"}""", Encoding.UTF8, "application/json");
        (await http.PutAsync(new Uri("/api/reminders", UriKind.Relative), body)).EnsureSuccessStatusCode();

        await using var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUrl,
            Permissions = ["notifications"],
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());

        await page.GotoAsync("/");
        await page.EvaluateAsync("async () => { await navigator.serviceWorker.ready; }");
        await page.Clock.RunForAsync((long)TimeSpan.FromSeconds(60).TotalMilliseconds);
        (await page.EvaluateAsync<string[]>(Notifications)).ShouldBeEmpty();

        await page.Clock.RunForAsync((long)TimeSpan.FromSeconds(90).TotalMilliseconds);
        var shown = await WaitForNotificationsAsync(page);
        shown.ShouldBe(["Time for your Limber routine"]);

        await page.Clock.RunForAsync((long)TimeSpan.FromMinutes(3).TotalMilliseconds);
        (await page.EvaluateAsync<string[]>(Notifications)).ShouldBe(["Time for your Limber routine"]);
    }

    private static async Task<string[]> WaitForNotificationsAsync(IPage page)
    {
        // showNotification resolves in the service worker a moment after the page asks for it;
        // the page's clock is paused, so this polls from the test, for up to 30 seconds.
        for (var i = 0; i < 300; i++)
        {
            var titles = await page.EvaluateAsync<string[]>(Notifications);
            if (titles.Length > 0)
            {
                return titles;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        return [];
    }
}
