using Limber.EndToEnd.Tests.Pages;

namespace Limber.EndToEnd.Tests;

public sealed class HiddenTabJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task A_hold_keeps_exact_time_while_the_tab_is_hidden_because_time_comes_from_timestamps()
    {
        var page = await server.NewPageAsync();
        await using var trace = new BrowserTrace(page);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 5);
        var player = await plan.StartSessionAsync();
        await player.StartAsync();

        // Skip the warm-up (moving work) to the first held block, then let its get-ready count down.
        await page.ClickAsync(PlayerPage.Selectors.SkipBlock);
        var hold = (await player.RunUntilAsync(s => s.StepKind == "hold", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30)))[^1];
        hold.RemainingSeconds.ShouldBeGreaterThanOrEqualTo(15);
        await player.RunForAsync(TimeSpan.FromSeconds(2));
        var before = await player.StateAsync();
        before.StepKind.ShouldBe("hold");
        before.RemainingSeconds.ShouldBe(hold.RemainingSeconds - 2);

        const int Hidden = 11;
        await player.SetHiddenAsync(true);
        (await page.EvaluateAsync<string>("() => document.visibilityState")).ShouldBe("hidden");
        await player.FastForwardAsync(TimeSpan.FromSeconds(Hidden));
        await player.SetHiddenAsync(false);

        var after = await player.StateAsync();
        after.BlockIndex.ShouldBe(before.BlockIndex);
        after.StepKind.ShouldBe("hold");
        after.Side.ShouldBe(before.Side);
        after.Running.ShouldBeTrue();
        after.RemainingSeconds.ShouldBeInRange(before.RemainingSeconds - Hidden - 1, before.RemainingSeconds - Hidden + 1);
        (await page.Locator(PlayerPage.Selectors.Time).InnerTextAsync()).ShouldBe(after.RemainingSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
