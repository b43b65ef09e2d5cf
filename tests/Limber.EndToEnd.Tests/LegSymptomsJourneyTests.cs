using Limber.EndToEnd.Tests.Pages;

namespace Limber.EndToEnd.Tests;

public sealed class LegSymptomsJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task This_hurts_then_leg_symptoms_ends_the_session_with_the_stop_message_and_the_server_records_why()
    {
        var page = await server.NewPageAsync();
        await using var trace = new BrowserTrace(page);
        using var api = new SessionApi(server.BaseUrl);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 5);
        var player = await plan.StartSessionAsync();
        var id = player.SessionId;
        await player.StartAsync();
        await player.RunUntilAsync(s => s.StepKind is "reps" or "hold", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        await player.RunForAsync(TimeSpan.FromSeconds(5));
        var at = await player.StateAsync();

        await page.ClickAsync(PlayerPage.Selectors.Hurts);
        var dialog = page.Locator(PlayerPage.Selectors.Dialog);
        await dialog.WaitForAsync();
        (await player.StateAsync()).Running.ShouldBeFalse("the player pauses while the person chooses");
        await page.ClickAsync(PlayerPage.Selectors.HurtsLeg);

        await page.Locator(PlayerPage.Selectors.PlayerIn("stopped")).WaitForAsync();
        await dialog.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Hidden });
        var alert = await page.Locator(PlayerPage.Selectors.Alert).InnerTextAsync();
        alert.ShouldContain("Stop here. The session has ended.");
        alert.ShouldContain("Tingling, or pain spreading down the leg, means stop");
        alert.ShouldContain("See a doctor if it keeps spreading");
        var state = await player.StateAsync();
        state.StepKind.ShouldBe("stopped");
        state.Running.ShouldBeFalse();

        // Time moving on does not restart anything.
        await player.RunForAsync(TimeSpan.FromSeconds(30));
        (await player.StateAsync()).StepKind.ShouldBe("stopped");
        page.Url.ShouldMatch(PlayerPage.Address.ToString());

        var stopped = await api.WaitForAsync(id, s => s.Ended, "ended");
        stopped.Completed.ShouldBeFalse();
        stopped.StoppedFor.ShouldBe("leg-symptoms");
        stopped.Blocks.ShouldContain(b => b.BlockIndex == at.BlockIndex && b.Outcome == "stopped");

        var rateLink = page.Locator(PlayerPage.Selectors.Rate);
        (await rateLink.IsVisibleAsync()).ShouldBeTrue();
        await rateLink.ClickAsync();
        await page.WaitForURLAsync(RatePage.Address);
        (await new RatePage(page).StoppedNoticeAsync()).ShouldContain("stopped because of leg symptoms");
    }
}
