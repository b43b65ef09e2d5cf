using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

public sealed class HeatWarmUpJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task When_the_plan_asks_for_heat_first_the_player_starts_with_a_twenty_minute_warm_up_that_can_be_skipped()
    {
        var page = await server.NewPageAsync(360, 640);
        await using var trace = new BrowserTrace(page);
        using var api = new SessionApi(server.BaseUrl);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var player = await StartATightBackSessionAsync(page, server.Clock.GetUtcNow(), heatPack: true);
        var caption = page.GetByRole(AriaRole.Status, new() { Name = "Spoken cue" });
        var timer = page.GetByRole(AriaRole.Timer, new() { Name = "Time left in this step" });

        var first = await page.EvaluateAsync<string>("() => JSON.parse(document.getElementById('session-data').textContent).blocks[0].name");
        (await player.StateAsync()).StepKind.ShouldBe("warm-up");
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Heat pack");
        (await timer.InnerTextAsync()).ShouldContain("20:00");
        (await page.Locator("#player-position").InnerTextAsync()).ShouldStartWith("Heat first");
        (await page.Locator("#player-next").InnerTextAsync()).ShouldBe($"Next: {first}");
        await timer.ShouldBeOnScreenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "This hurts" }).ShouldBeOnScreenAsync();

        await player.StartAsync();
        await caption.Filter(new() { HasText = "Warm up first: Heat pack for 20 minutes." }).WaitForAsync();
        (await caption.InnerTextAsync()).ShouldContain("cloth between the heat and your skin");
        await player.RunForAsync(TimeSpan.FromSeconds(65));
        var warming = await player.StateAsync();
        warming.StepKind.ShouldBe("warm-up");
        warming.RemainingSeconds.ShouldBe(20 * 60 - 65);
        (await timer.InnerTextAsync()).ShouldContain("18:55");
        await OnScreen.ScreenshotAsync(page, "player-heat-warm-up-360x640");

        await page.GetByRole(AriaRole.Button, new() { Name = "Skip", Exact = true }).ClickAsync();

        var ready = await player.StateAsync();
        ready.StepKind.ShouldBe("ready");
        ready.BlockIndex.ShouldBe(0);
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe(first);
        await caption.Filter(new() { HasText = $"Next exercise: {first}. Get ready." }).WaitForAsync();

        // Counting the reps at the record's tempo, each count captioned.
        var reps = await player.RunUntilAsync(s => s.StepKind == "reps", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        await caption.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^Go\. \d+ reps\. 1\.$") }).WaitForAsync();
        var tempo = await page.EvaluateAsync<int>("() => JSON.parse(document.getElementById('session-data').textContent).blocks[0].secondsPerRep");
        await player.RunForAsync(TimeSpan.FromSeconds(tempo));
        await caption.Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^2$") }).WaitForAsync();
        (await page.Locator("#player-detail").InnerTextAsync()).ShouldEndWith("Rep 2 of " + (await page.EvaluateAsync<int>("() => JSON.parse(document.getElementById('session-data').textContent).blocks[0].reps")));
        await OnScreen.ScreenshotAsync(page, "player-counting-reps-360x640");

        // The warm-up is not an exercise of the plan: nothing is recorded for it.
        await player.RunUntilAsync(s => s.BlockIndex == 1, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(3));
        var saved = await api.WaitForAsync(player.SessionId, s => s.Blocks.Count > 0, "recording the first exercise");
        saved.Blocks.ShouldAllBe(b => b.BlockIndex >= 0);
        saved.Blocks.ShouldContain(b => b.BlockIndex == 0 && b.Outcome == "done");
        reps[^1].BlockIndex.ShouldBe(0);
    }

    [Fact]
    public async Task Without_heat_in_the_plan_the_session_starts_with_the_first_exercise()
    {
        var page = await server.NewPageAsync(360, 640);
        await using var trace = new BrowserTrace(page);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var player = await StartATightBackSessionAsync(page, server.Clock.GetUtcNow(), heatPack: false);

        var state = await player.StateAsync();

        state.StepKind.ShouldBe("ready");
        state.BlockIndex.ShouldBe(0);
    }

    /// <summary>The tight back of <see cref="CheckInPage.CheckInWithATightBackAsync"/>, with or without a heat pack to hand.</summary>
    private static async Task<PlayerPage> StartATightBackSessionAsync(IPage page, DateTimeOffset now, bool heatPack)
    {
        var checkIn = new CheckInPage(page);
        await checkIn.OpenAsync();
        await checkIn.NoneOfTheseAppliesAsync();
        await checkIn.AgeAsync(47);
        await checkIn.StartedAsync(now.UtcDateTime.AddDays(-2));
        await page.SelectOptionAsync(CheckInPage.Selectors.Cause, new SelectOptionValue { Label = "Long sitting" });
        await checkIn.PainAsync(4);
        await checkIn.StiffnessAsync(6);
        await checkIn.OpenUsualAnswersAsync();
        await checkIn.TickAsync("Exercise mat");
        // The check-in remembers last time's equipment: say yes or no either way.
        await page.GetByLabel("Heat pack or hot-water bottle", new() { Exact = true }).SetCheckedAsync(heatPack);
        await checkIn.MinutesAsync(10);
        var plan = await checkIn.MakePlanAsync();
        return await plan.StartSessionAsync();
    }
}
