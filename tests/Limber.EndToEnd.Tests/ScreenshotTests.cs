using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>Every page at a phone and a laptop size, saved for review under the screenshots folder.</summary>
public sealed class ScreenshotTests(LimberServer server) : IClassFixture<LimberServer>
{
    /// <summary>Loads every figure now, lazy or not.</summary>
    private const string LoadEveryImage =
        "() => Promise.all([...document.images].map(img => { img.loading = 'eager'; return img.decode().catch(() => null); }))";

    [Theory]
    [InlineData(360, 640)]
    [InlineData(1280, 800)]
    public async Task Every_page_is_captured_at_phone_and_laptop_sizes(int width, int height)
    {
        var page = await server.NewPageAsync(width, height);
        await using var trace = new BrowserTrace(page);
        using var api = new SessionApi(server.BaseUrl);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var taken = new List<string>();

        // Chromium's full-page capture paints the figures below the fold only now and then, so
        // pages without viewport-relative sizes are captured through a viewport as tall as the
        // page. The player and the stop page size themselves to the screen: those keep the real one.
        async Task Shot(string name, bool sizedToScreen = false)
        {
            await page.EvaluateAsync(LoadEveryImage);
            var tall = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            if (!sizedToScreen && tall > height)
            {
                await page.SetViewportSizeAsync(width, tall);
                await page.EvaluateAsync(LoadEveryImage);
            }

            var file = $"{name}-{width}x{height}";
            await LimberServer.ScreenshotAsync(page, file);
            await page.SetViewportSizeAsync(width, height);
            taken.Add(file);
        }

        await page.GotoAsync("/");
        await Shot("home");

        var checkIn = new CheckInPage(page);
        await checkIn.OpenAsync();
        await Shot("check-in");
        await page.FillAsync(CheckInPage.Selectors.Age, "");
        await checkIn.OpenUsualAnswersAsync();
        await page.FillAsync(CheckInPage.Selectors.Minutes, "");
        await checkIn.SubmitExpectingErrorsAsync();
        (await page.Locator(CheckInPage.Selectors.FieldErrors).CountAsync()).ShouldBeGreaterThan(0);
        await Shot("check-in-errors");

        await checkIn.OpenAsync();
        await checkIn.TickAsync("Do you have a fever or chills, or feel generally unwell with the back pain?");
        await checkIn.AgeAsync(52);
        await checkIn.StartedAsync(server.Clock.GetUtcNow().UtcDateTime.AddDays(-3));
        await checkIn.PainAsync(7);
        await checkIn.StiffnessAsync(5);
        var stop = await checkIn.MakePlanAsync();
        (await stop.HeadingAsync()).ShouldBe("See a doctor today");
        await page.Locator(PlanPage.Selectors.StopPage).WaitForAsync();
        (await page.Locator(PlanPage.Selectors.StartSession).CountAsync()).ShouldBe(0);
        await Shot("stop-page", sizedToScreen: true);

        var plan = await checkIn.CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 10);
        (await plan.HeadingAsync()).ShouldBe("Today's plan");
        await Shot("plan");

        var player = await plan.StartSessionAsync();
        var id = player.SessionId;
        await player.StartAsync();
        await player.RunUntilAsync(s => s.StepKind is "reps" or "hold", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30));
        await player.RunForAsync(TimeSpan.FromSeconds(4));
        await Shot("player-running", sizedToScreen: true);

        await page.ClickAsync(PlayerPage.Selectors.Hurts);
        await page.Locator(PlayerPage.Selectors.Dialog).WaitForAsync();

        // A modal sits in the viewport; a full-page capture would misplace it.
        var dialogFile = $"player-this-hurts-{width}x{height}";
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(LimberServer.ScreenshotFolder, dialogFile + ".png") });
        taken.Add(dialogFile);
        await page.ClickAsync(PlayerPage.Selectors.HurtsCancel);
        await page.Locator(PlayerPage.Selectors.Dialog).WaitForAsync(new() { State = WaitForSelectorState.Hidden });

        await api.FinishAsync(id);
        await page.GotoAsync($"/sessions/{id}/rate");
        await new RatePage(page).WaitUntilShownAsync();
        await Shot("rate");

        await api.RateAsync(id, painAfter: 2, stiffnessAfter: 3, difficulty: "right", note: "Easier to stand up afterwards");
        var history = new HistoryPage(page);
        await history.OpenAsync();
        await history.Row(id).WaitForAsync();
        (await history.Chart.CountAsync()).ShouldBe(1);
        await Shot("history");

        await page.GotoAsync("/exercises");
        (await page.Locator("main a[href^='/exercises/']").CountAsync()).ShouldBeGreaterThan(5);
        await Shot("exercises");

        await page.GotoAsync("/exercises/cat-cow");
        await page.Locator("article[data-exercise='cat-cow'] h1").WaitForAsync();
        await Shot("exercise-cat-cow");

        await page.GotoAsync("/sources");
        await Shot("sources");

        await page.GotoAsync("/no-such-page");
        await Shot("not-found");

        foreach (var file in taken)
        {
            new FileInfo(Path.Combine(LimberServer.ScreenshotFolder, file + ".png")).Length.ShouldBeGreaterThan(5_000, file);
        }
    }
}
