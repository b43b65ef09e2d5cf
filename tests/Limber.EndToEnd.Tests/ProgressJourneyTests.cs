using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>
/// The person names what their back makes hard, rates it, and two weeks later (the server's clock moved on)
/// is asked again and sees the change called real; the clinician's forms and the printable summary follow.
/// </summary>
public sealed class ProgressJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task Rating_activities_then_again_two_weeks_later_shows_a_real_improvement()
    {
        var start = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
        server.Clock.Set(start);
        var page = await server.NewPageAsync(360, 740);
        await using var trace = new BrowserTrace(page);
        var progress = new ProgressPage(page);
        var violations = new Dictionary<string, IReadOnlyList<AxeViolation>>();
        async Task Check(string name)
        {
            if (await Axe.SeriousViolationsAsync(page) is { Count: > 0 } found)
            {
                violations[name] = found;
            }
        }

        // First check-in, with pain 6 and a slow morning.
        var checkIn = new CheckInPage(page);
        await checkIn.OpenAsync();
        await checkIn.NoneOfTheseAppliesAsync();
        await checkIn.AgeAsync(47);
        await checkIn.StartedAsync(start.UtcDateTime.AddDays(-2));
        await checkIn.PainAsync(6);
        await checkIn.StiffnessAsync(6);
        await page.FillAsync("#morning-stiffness", "45");
        await checkIn.MakePlanAsync();

        // Home asks for the activity ratings at the start.
        await page.GotoAsync("/");
        (await page.Locator(ProgressPage.Selectors.Due).InnerTextAsync()).ShouldContain("Name what your back makes hard");
        await LimberServer.ScreenshotAsync(page, "progress-home-prompt-360x740");
        await progress.OpenFromHomeAsync();
        await Check("activities, first time");

        // A rating without a name is marked, and what was typed stays.
        await progress.RateAsync(0, "Putting on socks", 2);
        await progress.RateAsync(1, null, 3);
        await page.ClickAsync(ProgressPage.Selectors.Save);
        await page.Locator(ProgressPage.Selectors.Errors).WaitForAsync();
        (await page.Locator("#activity-1-error").InnerTextAsync()).ShouldBe("Name the activity you rated 3, or clear its rating.");
        (await progress.NameAsync(0)).ShouldBe("Putting on socks");
        await Check("activities with a problem");
        await LimberServer.ScreenshotAsync(page, "progress-activities-problem-360x740");

        await progress.RateAsync(1, "Sitting through a film", 3);
        await progress.SaveAsync();
        (await page.Locator(ProgressPage.Selectors.Saved).InnerTextAsync()).ShouldContain("saved");
        (await progress.MeaningfulAsync("psfs")).ShouldBeFalse();
        (await progress.ChangeAsync("psfs")).ShouldContain("so far");
        await page.GotoAsync("/");
        (await page.Locator(ProgressPage.Selectors.Due).CountAsync()).ShouldBe(0);

        // Two weeks later: asked again, with last time's activities ready to rate.
        server.Clock.Set(start.AddDays(14));
        await progress.OpenFromHomeAsync();
        (await progress.NameAsync(0)).ShouldBe("Putting on socks");
        (await progress.NameAsync(1)).ShouldBe("Sitting through a film");
        await progress.RateAsync(0, null, 5);
        await progress.RateAsync(1, null, 4);
        await progress.SaveAsync();

        // And a check-in with less pain and an easier morning.
        await checkIn.OpenAsync();
        await checkIn.NoneOfTheseAppliesAsync();
        await page.GetByLabel("2–3 days ago").CheckAsync();
        await checkIn.PainAsync(3);
        await checkIn.StiffnessAsync(4);
        await page.FillAsync("#morning-stiffness", "15");
        await checkIn.MakePlanAsync();

        await page.GotoAsync("/progress");
        (await progress.MeaningfulAsync("psfs")).ShouldBeTrue();
        (await progress.ChangeAsync("psfs")).ShouldContain("2.5 out of 10 at the start, 4.5 out of 10 now, 2 points higher than at the start. A real improvement");
        (await progress.MeaningfulAsync("pain")).ShouldBeTrue();
        (await progress.ChangeAsync("pain")).ShouldContain("A real improvement");
        (await page.Locator("#chart-morning svg").GetAttributeAsync("role")).ShouldBe("img");
        (await page.Locator("#chart-psfs table tbody tr").CountAsync()).ShouldBe(2);
        await Check("progress");
        await LimberServer.ScreenshotAsync(page, "progress-360x740");

        var wide = await server.NewPageAsync(1280, 800);
        await using var wideContext = wide.Context;
        await wide.GotoAsync("/progress");
        await LimberServer.ScreenshotAsync(wide, "progress-1280x800");

        // The printable summary, on screen and as paper sees it.
        await wide.GotoAsync("/progress/print");
        await LimberServer.ScreenshotAsync(wide, "progress-print-screen-1280x800");
        await wide.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        (await wide.Locator("header.top").IsVisibleAsync()).ShouldBeFalse();
        (await wide.Locator("#changes thead").IsVisibleAsync()).ShouldBeTrue();
        await wide.SetViewportSizeAsync(794, 1123); // A4 at 96 dpi
        await LimberServer.ScreenshotAsync(wide, "progress-print-a4");
        await wide.PdfAsync(new PagePdfOptions { Path = Path.Combine(LimberServer.ScreenshotFolder, "progress-print-letter.pdf"), Format = "Letter" });

        violations.ShouldBeEmpty(string.Join("; ", violations.Select(v => $"{v.Key}: {string.Join(", ", v.Value.Select(x => x.Id))}")));
    }

    [Fact]
    public async Task A_clinicians_forms_are_entered_by_number_and_a_high_start_back_advises_a_physiotherapist()
    {
        server.Clock.Set(new DateTimeOffset(2026, 12, 9, 8, 0, 0, TimeSpan.Zero));
        var page = await server.NewPageAsync(360, 740);
        await using var trace = new BrowserTrace(page);

        await page.GotoAsync("/progress/scores");
        (await Axe.SeriousViolationsAsync(page)).ShouldBeEmpty();
        await LimberServer.ScreenshotAsync(page, "progress-scores-360x740");

        // STarT Back with item 4 forgotten: marked, nothing lost.
        var form = page.Locator("form#startback");
        foreach (var item in new[] { 5, 6, 7, 8 })
        {
            await form.Locator($"fieldset:has(legend:text-is('Item {item}'))").GetByLabel("Agree", new() { Exact = true }).CheckAsync();
        }

        foreach (var item in new[] { 1, 2, 3 })
        {
            await form.Locator($"fieldset:has(legend:text-is('Item {item}'))").GetByLabel("Disagree", new() { Exact = true }).CheckAsync();
        }

        await page.SelectOptionAsync("#item-8", new SelectOptionValue { Label = "very much" });
        await form.GetByRole(AriaRole.Button).ClickAsync();
        await page.Locator("#form-errors").WaitForAsync();
        (await page.Locator("#item-3-error").InnerTextAsync()).ShouldBe("Answer item 4: agree or disagree.");
        (await Axe.SeriousViolationsAsync(page)).ShouldBeEmpty();

        await page.Locator("form#startback fieldset:has(legend:text-is('Item 4'))").GetByLabel("Disagree", new() { Exact = true }).CheckAsync();
        (await page.Locator("form#startback fieldset:has(legend:text-is('Item 5')) input[value='1']").IsCheckedAsync()).ShouldBeTrue();
        await page.Locator("form#startback").GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForURLAsync("**/progress?saved=startback");
        (await page.Locator("#startback-advice").InnerTextAsync()).ShouldContain("psychologically informed");
        await LimberServer.ScreenshotAsync(page, "progress-startback-high-360x740");
    }
}
