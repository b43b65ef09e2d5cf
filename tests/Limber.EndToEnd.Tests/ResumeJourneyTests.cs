using Limber.EndToEnd.Tests.Pages;

namespace Limber.EndToEnd.Tests;

public sealed class ResumeJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task A_reload_in_the_middle_of_a_session_resumes_after_the_block_already_done()
    {
        var page = await server.NewPageAsync();
        await using var trace = new BrowserTrace(page);
        using var api = new SessionApi(server.BaseUrl);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 5);
        var blocks = await plan.BlockNamesAsync();
        var player = await plan.StartSessionAsync();
        var id = player.SessionId;
        await player.StartAsync();

        // Run through block 0 into the first seconds of block 1.
        var seen = await player.RunUntilAsync(s => s.BlockIndex == 1, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(3));
        seen[^1].StepKind.ShouldBe("ready");
        await player.RunForAsync(TimeSpan.FromSeconds(3));
        await api.WaitForAsync(id, s => s.Blocks.Any(b => b.BlockIndex == 0), "recording block 0");

        await page.ReloadAsync();
        await page.WaitForURLAsync(PlayerPage.Address);
        await player.WaitUntilShownAsync();

        var resumed = await player.StateAsync();
        resumed.BlockIndex.ShouldNotBeNull();
        resumed.BlockIndex.Value.ShouldBeGreaterThanOrEqualTo(1);
        resumed.ShouldBe(seen[^1] with { RemainingSeconds = seen[^1].RemainingSeconds - 3 }, "it carries on where it was, still running");
        (await page.Locator(PlayerPage.Selectors.Exercise).InnerTextAsync()).ShouldBe(blocks[resumed.BlockIndex.Value]);
        (await page.Locator(PlayerPage.Selectors.Player).GetAttributeAsync("data-block-index")).ShouldBe(resumed.BlockIndex.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var server0 = await api.GetAsync(id);
        server0.Ended.ShouldBeFalse();
        server0.Blocks.ShouldContain(b => b.BlockIndex == 0 && b.Outcome == "done");
        server0.Blocks.ShouldNotContain(b => b.BlockIndex >= 1);
    }
}
