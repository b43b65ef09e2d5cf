using System.Text.Json;
using System.Text.RegularExpressions;
using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

public sealed class VoiceCueJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task Every_cue_is_captioned_the_side_on_the_changeover_and_the_muscle_group_in_relaxation()
    {
        var page = await server.NewPageAsync(360, 640);
        await using var trace = new BrowserTrace(page);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 10);
        var player = await plan.StartSessionAsync();
        var caption = page.GetByRole(AriaRole.Status, new() { Name = "Spoken cue" });
        using var blocks = JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(JSON.parse(document.getElementById('session-data').textContent).blocks)"));
        var all = blocks.RootElement.EnumerateArray().ToList();
        var each = all.FindIndex(b => b.GetProperty("sides").GetString() == "each");
        var relaxation = all.FindIndex(b => b.GetProperty("kind").GetString() == "relaxation");
        each.ShouldBeGreaterThanOrEqualTo(0, "the tight-back plan has an exercise done on each side");
        relaxation.ShouldBeGreaterThan(each, "the tight-back plan ends with progressive muscle relaxation");
        var skipExercise = page.GetByRole(AriaRole.Button, new() { Name = "Skip this exercise" });
        var skip = page.GetByRole(AriaRole.Button, new() { Name = "Skip", Exact = true });

        await player.StartAsync();
        while ((await player.StateAsync()).BlockIndex < each)
        {
            await skipExercise.ClickAsync();
        }

        var name = all[each].GetProperty("name").GetString();
        await caption.Filter(new() { HasText = $"Next exercise: {name}. Left side. Get ready." }).WaitForAsync();
        while ((await player.StateAsync()).StepKind != "changeover")
        {
            await skip.ClickAsync();
        }

        await caption.Filter(new() { HasText = $"Switch sides. {name}, right side." }).WaitForAsync();

        while ((await player.StateAsync()).BlockIndex < relaxation)
        {
            await skipExercise.ClickAsync();
        }

        await player.RunUntilAsync(s => s.StepKind == "hold", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        await caption.Filter(new() { HasText = "Tense your feet, gently." }).WaitForAsync();
        await player.RunUntilAsync(s => s.StepKind == "rest", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        await caption.Filter(new() { HasText = "Let go, and notice the difference." }).WaitForAsync();
        await player.RunUntilAsync(s => s.StepKind == "hold", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        await caption.Filter(new() { HasTextRegex = new Regex("^Tense your (calves|thighs), gently\\.$") }).WaitForAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await OnScreen.ScreenshotAsync(page, "player-relaxation-caption-360x640");
    }
}
