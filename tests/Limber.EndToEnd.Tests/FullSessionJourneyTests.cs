using Limber.EndToEnd.Tests.Pages;

namespace Limber.EndToEnd.Tests;

public sealed class FullSessionJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task A_new_person_checks_in_runs_the_whole_five_minute_session_rates_it_and_finds_it_in_history()
    {
        var page = await server.NewPageAsync();
        await using var trace = new BrowserTrace(page);
        using var api = new SessionApi(server.BaseUrl);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());

        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 5);
        (await plan.HeadingAsync()).ShouldBe("Today's plan");
        (await page.Locator(PlanPage.Selectors.SessionHeading).InnerTextAsync()).ShouldBe("Session · 5 min 00 s");
        var blocks = await plan.BlockNamesAsync();
        blocks.Count.ShouldBeGreaterThan(1);

        var player = await plan.StartSessionAsync();
        var id = player.SessionId;
        (await player.StateAsync()).ShouldBe(new PlayerState(0, "ready", null, 10, Running: false));
        (await page.Locator(PlayerPage.Selectors.Exercise).InnerTextAsync()).ShouldBe(blocks[0]);

        await player.StartAsync();
        (await player.StateAsync()).Running.ShouldBeTrue();
        var seen = await player.RunUntilAsync(s => s.StepKind == "finished", TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(6));

        // Every block ran, in order, and the whole run took the planned five minutes.
        seen.Where(s => s.BlockIndex is not null).Select(s => s.BlockIndex!.Value).Distinct().ShouldBe(Enumerable.Range(0, blocks.Count));
        (seen.Count - 1).ShouldBe(300 / 5);
        (await page.Locator(PlayerPage.Selectors.Exercise).InnerTextAsync()).ShouldBe("Session complete");

        var rate = await player.WaitForRatePageAsync(TimeSpan.FromSeconds(10));
        var finished = await api.GetAsync(id);
        finished.Ended.ShouldBeTrue();
        finished.Completed.ShouldBeTrue();
        finished.StoppedFor.ShouldBeNull();
        finished.Blocks.Select(b => (b.BlockIndex, b.Outcome)).ShouldBe(Enumerable.Range(0, blocks.Count).Select(i => (i, "done")));

        await rate.AnswerAsync(painAfter: 2, stiffnessAfter: 3, felt: "About right", note: "Looser than this morning");
        var history = await rate.SaveAsync();

        var row = history.Row(id);
        await row.WaitForAsync();
        var cells = await row.Locator("td").AllInnerTextsAsync();
        cells[1].ShouldContain("Completed", Case.Insensitive);
        cells[2].ShouldBe(blocks.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        cells[3].ShouldBe("4 → 2");
        cells[4].ShouldBe("6 → 3");
        cells[7].ShouldBe("Looser than this morning");
        (await history.Chart.CountAsync()).ShouldBe(1);
        (await history.Chart.IsVisibleAsync()).ShouldBeTrue();
        (await api.GetAsync(id)).Rated.ShouldBeTrue();
    }
}
