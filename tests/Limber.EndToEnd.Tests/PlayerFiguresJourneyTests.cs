using System.Text.Json;
using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

public sealed class PlayerFiguresJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string FigureLoaded = "() => { const img = document.querySelector('#player-figure'); return img.complete && img.naturalWidth > 0; }";

    [Fact]
    public async Task Offline_the_mirrored_figure_of_the_second_side_and_the_easier_variants_figure_still_load()
    {
        var page = await server.NewPageAsync();
        await using var trace = new BrowserTrace(page);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 10);
        var player = await plan.StartSessionAsync();
        var blocks = await BlocksAsync(page);
        var target = blocks.FindIndex(b => b.Sides == "each" && b.Easier is not null);
        target.ShouldBeGreaterThanOrEqualTo(0, "the tight-back plan has an exercise on each side with an easier variant");
        var exercise = blocks[target];
        var easier = exercise.Easier!;

        // While online the player puts every figure of the session in the offline cache.
        await page.WaitForFunctionAsync(
            "urls => Promise.all(urls.map(u => caches.match(u))).then(found => found.every(Boolean))",
            new[] { $"/figures/{exercise.ExerciseId}.svg?mirror=1", $"/figures/{easier.ExerciseId}.svg", $"/figures/{easier.ExerciseId}.svg?mirror=1" },
            new PageWaitForFunctionOptions { PollingInterval = 100, Timeout = 30_000 });
        await page.Context.SetOfflineAsync(true);
        await player.StartAsync();
        var skipExercise = page.GetByRole(AriaRole.Button, new() { Name = "Skip this exercise" });
        while ((await player.StateAsync()).BlockIndex < target)
        {
            await skipExercise.ClickAsync();
        }

        var figure = page.Locator("#player-figure");
        var skip = page.GetByRole(AriaRole.Button, new() { Name = "Skip", Exact = true });
        while ((await player.StateAsync()).Side != "right")
        {
            await skip.ClickAsync();
        }

        (await figure.GetAttributeAsync("src")).ShouldBe($"/figures/{exercise.ExerciseId}.svg?mirror=1");
        await page.WaitForFunctionAsync(FigureLoaded);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await OnScreen.ScreenshotAsync(page, "player-offline-second-side-360x740");

        await page.GetByRole(AriaRole.Button, new() { Name = "This hurts" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Try the easier version: {easier.Name}" }).ClickAsync();

        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe(easier.Name);
        (await figure.GetAttributeAsync("src")).ShouldBe($"/figures/{easier.ExerciseId}.svg?mirror=1");
        await page.WaitForFunctionAsync(FigureLoaded);
        while ((await player.StateAsync()).Side != "left")
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Back", Exact = true }).ClickAsync();
        }

        (await figure.GetAttributeAsync("src")).ShouldBe($"/figures/{easier.ExerciseId}.svg");
        await page.WaitForFunctionAsync(FigureLoaded);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await OnScreen.ScreenshotAsync(page, "player-offline-easier-variant-360x740");
        await page.Context.SetOfflineAsync(false);
    }

    [Fact]
    public async Task With_reduced_motion_the_players_figure_is_one_still_pose()
    {
        var context = await server.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 640 },
            BaseURL = server.BaseUrl,
            ReducedMotion = ReducedMotion.Reduce,
        });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 10);
        var player = await plan.StartSessionAsync();
        var figure = page.Locator("#player-figure");

        var still = await figure.GetAttributeAsync("src");
        still.ShouldNotBeNull().ShouldEndWith("still=1");
        await page.WaitForFunctionAsync(FigureLoaded);
        (await AnimationsInAsync(page, still)).ShouldBe(0, "a still figure has nothing that moves");
        await player.StartAsync();
        await player.RunUntilAsync(s => s.Side == "right", TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(6));
        (await figure.GetAttributeAsync("src")).ShouldNotBeNull().ShouldEndWith("?mirror=1&still=1");
        await OnScreen.ScreenshotAsync(page, "player-reduced-motion-360x640");

        // The preference changing mid-session changes the figure with it.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.NoPreference });
        await page.WaitForFunctionAsync("() => !document.querySelector('#player-figure').getAttribute('src').includes('still')");
        var moving = await figure.GetAttributeAsync("src");
        (await AnimationsInAsync(page, moving!)).ShouldBeGreaterThan(0, "without the preference the figure moves");

        // The library's figures follow the preference too.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ReducedMotion = ReducedMotion.Reduce });
        await page.GotoAsync("/exercises/cat-cow");
        var libraryFigure = page.GetByRole(AriaRole.Img, new() { Name = "Figure showing Cat-cow" });
        await page.WaitForFunctionAsync("() => { const img = document.querySelector('article img'); return img.complete && img.naturalWidth > 0; }");
        (await libraryFigure.EvaluateAsync<string>("img => img.currentSrc")).ShouldContain("/figures/cat-cow.svg?still=1&v=");
    }

    private static Task<int> AnimationsInAsync(IPage page, string url) =>
        page.EvaluateAsync<int>("url => fetch(url).then(r => r.text()).then(t => new DOMParser().parseFromString(t, 'image/svg+xml').querySelectorAll('animate').length)", url);

    private static async Task<List<SessionBlock>> BlocksAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>("() => JSON.parse(document.getElementById('session-data').textContent).blocks"))
            .Deserialize<List<SessionBlock>>(Json) ?? [];

    private sealed record SessionBlock(string ExerciseId, string Name, string Sides, Variant? Easier);

    private sealed record Variant(string ExerciseId, string Name);
}
