using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>
/// The player on the screens people use: what is needed mid-exercise is on the first screen, with
/// no scrolling, from a small phone to a laptop and with a phone on its side.
/// </summary>
public sealed class PlayerScreenTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Theory]
    [InlineData(320, 568)]
    [InlineData(360, 640)]
    [InlineData(390, 844)]
    [InlineData(568, 320)]
    [InlineData(740, 360)]
    [InlineData(1280, 800)]
    public async Task The_timer_the_step_and_side_the_main_control_and_this_hurts_are_on_the_first_screen(int width, int height)
    {
        var page = await server.NewPageAsync(width, height);
        await using var trace = new BrowserTrace(page);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 10);
        var player = await plan.StartSessionAsync();
        var timer = page.GetByRole(AriaRole.Timer, new() { Name = "Time left in this step" });
        var exercise = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        var hurts = page.GetByRole(AriaRole.Button, new() { Name = "This hurts" });

        await page.GetByRole(AriaRole.Button, new() { Name = "Start", Exact = true }).ShouldBeOnScreenAsync();
        await timer.ShouldBeOnScreenAsync();
        await exercise.ShouldBeOnScreenAsync();
        await hurts.ShouldBeOnScreenAsync();
        await OnScreen.ScreenshotAsync(page, $"player-ready-{width}x{height}");

        await player.StartAsync();
        await player.RunUntilAsync(s => s.Side == "left" && s.StepKind == "hold", TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(4));
        await player.RunForAsync(TimeSpan.FromSeconds(3));

        await page.GetByRole(AriaRole.Button, new() { Name = "Pause", Exact = true }).ShouldBeOnScreenAsync();
        await timer.ShouldBeOnScreenAsync();
        await exercise.ShouldBeOnScreenAsync();
        await page.Locator(PlayerPage.Selectors.Side).GetByText("Left side").ShouldBeOnScreenAsync();
        await hurts.ShouldBeOnScreenAsync();
        await page.Locator(PlayerPage.Selectors.Step).ShouldBeOnScreenAsync();
        (await page.Locator("#player-next").FontSizeAsync()).ShouldBeGreaterThanOrEqualTo(24, "Next: … reads from a metre away");
        (await page.Locator("#player-detail").FontSizeAsync()).ShouldBeGreaterThanOrEqualTo(24, "the hold count reads from a metre away");
        (await page.Locator("#player-detail").InnerTextAsync()).ShouldStartWith("Hold 1 of");
        (await page.Locator("#player-next").InnerTextAsync()).ShouldStartWith("Next: ");

        var figure = await page.Locator("#player-figure").BoxAsync();
        var clock = await timer.BoxAsync();
        figure.Height.ShouldBeGreaterThan(40, "the figure takes the room that is left");
        if (width > height)
        {
            // Side by side: the figure left of the timer, level with it.
            (figure.X + figure.Width).ShouldBeLessThanOrEqualTo(clock.X + 1);
            figure.Y.ShouldBeLessThan(clock.Y + clock.Height);
            clock.Y.ShouldBeLessThan(figure.Y + figure.Height);
        }

        await OnScreen.ScreenshotAsync(page, $"player-hold-{width}x{height}");
    }
}
