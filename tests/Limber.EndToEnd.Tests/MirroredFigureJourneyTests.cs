using Limber.EndToEnd.Tests.Pages;

namespace Limber.EndToEnd.Tests;

public sealed class MirroredFigureJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task The_player_shows_the_figure_and_mirrors_it_for_the_right_side()
    {
        var page = await server.NewPageAsync();
        await using var trace = new BrowserTrace(page);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 15);
        var player = await plan.StartSessionAsync();
        await player.StartAsync();
        var figure = page.Locator("#player-figure");

        var left = await player.RunUntilAsync(s => s.Side == "left", TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(6));
        var leftSource = await figure.GetAttributeAsync("src");
        leftSource.ShouldStartWith("/figures/");
        leftSource.ShouldNotContain("mirror");
        (await figure.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0")).ShouldBeTrue("the figure loads");

        await player.RunUntilAsync(s => s.Side == "right" && s.BlockIndex == left[^1].BlockIndex, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(4));
        (await figure.GetAttributeAsync("src")).ShouldBe(leftSource + "?mirror=1");
        (await figure.GetAttributeAsync("data-mirrored")).ShouldBe("true");
        await page.WaitForFunctionAsync("() => { const img = document.querySelector('#player-figure'); return img.complete && img.naturalWidth > 0; }");
        await LimberServer.ScreenshotAsync(page, "player-right-side-360x740");
    }
}
