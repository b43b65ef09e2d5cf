using Limber.EndToEnd.Tests.Pages;

namespace Limber.EndToEnd.Tests;

public sealed class OfflineRatingJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    private const string Outbox = "() => JSON.parse(localStorage.getItem('limber-outbox') || '[]').length";

    [Fact]
    public async Task A_rating_given_offline_waits_on_the_device_and_reaches_the_server_when_back_online()
    {
        var page = await server.NewPageAsync();
        await using var trace = new BrowserTrace(page);
        using var api = new SessionApi(server.BaseUrl);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 5);
        var planId = plan.Id;
        var player = await plan.StartSessionAsync();
        var id = player.SessionId;
        await player.StartAsync();
        await player.RunUntilAsync(s => s.StepKind == "finished", TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(6));
        var rate = await player.WaitForRatePageAsync(TimeSpan.FromSeconds(10));
        await api.WaitForAsync(id, s => s.Ended && s.Completed, "completed");

        await page.Context.SetOfflineAsync(true);
        (await page.EvaluateAsync<bool>("() => navigator.onLine")).ShouldBeFalse();
        await rate.AnswerAsync(painAfter: 3, stiffnessAfter: 2, felt: "Too easy", note: "Rated on the train");
        await rate.SaveAndStayAsync();

        var status = page.Locator(RatePage.Selectors.SyncStatus);
        await status.Filter(new() { HasText = "Saved on this device" }).WaitForAsync();
        page.Url.ShouldMatch(RatePage.Address.ToString());
        (await page.EvaluateAsync<int>(Outbox)).ShouldBe(1);
        (await page.Locator(RatePage.Selectors.Save).IsDisabledAsync()).ShouldBeTrue();
        (await api.GetAsync(id)).Rated.ShouldBeFalse();

        await page.Context.SetOfflineAsync(false);
        var rated = await api.WaitForAsync(id, s => s.Rated, "rated", TimeSpan.FromSeconds(10));
        rated.Completed.ShouldBeTrue();
        await status.Filter(new() { HasText = "Sent what was saved on this device." }).WaitForAsync();
        (await page.EvaluateAsync<int>(Outbox)).ShouldBe(0);

        var history = new HistoryPage(page);
        await history.OpenAsync();
        var cells = await history.Row(id).Locator("td").AllInnerTextsAsync();
        cells[3].ShouldBe("4 → 3");
        cells[4].ShouldBe("6 → 2");
        cells[6].ShouldBe("too easy");
        cells[7].ShouldBe("Rated on the train");

        // The service worker kept today's plan, fetched while online, for use offline.
        (await page.EvaluateAsync<bool>("async url => !!(await caches.match(url))", $"/plans/{planId}")).ShouldBeTrue("the plan page is in the offline cache");
        await page.Context.SetOfflineAsync(true);
        var offline = await page.GotoAsync($"/plans/{planId}");
        offline.ShouldNotBeNull();
        offline.FromServiceWorker.ShouldBeTrue();
        (await new PlanPage(page).HeadingAsync()).ShouldBe("Today's plan");
        (await page.Locator(PlanPage.Selectors.Blocks).CountAsync()).ShouldBeGreaterThan(0);
        await page.Context.SetOfflineAsync(false);
    }
}
