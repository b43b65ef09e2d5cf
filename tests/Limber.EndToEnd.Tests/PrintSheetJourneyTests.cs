using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

public sealed class PrintSheetJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    /// <summary>The column both A4 and US Letter leave inside 15 mm margins: 180 mm at 96 CSS pixels to the inch.</summary>
    private const int PrintedWidth = 680;

    /// <summary>The shorter printable height of the two papers (Letter: 279.4 mm less 30 mm of margin).</summary>
    private const double PrintedHeight = 249.4 / 25.4 * 96;

    [Fact]
    public async Task The_plan_prints_as_a_sheet_of_exercises_with_both_poses_and_no_page_furniture()
    {
        var page = await server.NewPageAsync(1000, 800);
        await using var trace = new BrowserTrace(page);
        await BrowserClock.FreezeAsync(page, server.Clock.GetUtcNow());
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 15);
        var names = await plan.BlockNamesAsync();

        var sheet = await PrintSheetPage.OpenFromPlanAsync(page);

        (await sheet.Exercises.Locator("h2").AllInnerTextsAsync()).Select(h => h[(h.IndexOf(' ', StringComparison.Ordinal) + 1)..]).ShouldBe(names);
        (await page.Locator(PrintSheetPage.Selectors.Poses).CountAsync()).ShouldBe(2 * names.Count);
        (await page.Locator(PrintSheetPage.Selectors.PrintButton).IsVisibleAsync()).ShouldBeTrue("the script shows the Print button");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.SetViewportSizeAsync(PrintedWidth, 1000);
        await page.WaitForFunctionAsync("() => [...document.images].every(img => img.complete && img.naturalWidth > 0)");

        (await sheet.EveryPoseIsDrawnAsync()).ShouldBeTrue();
        (await page.Locator(PrintSheetPage.Selectors.Header).IsVisibleAsync()).ShouldBeFalse("no navigation on paper");
        (await page.Locator(PrintSheetPage.Selectors.Tools).IsVisibleAsync()).ShouldBeFalse("no buttons on paper");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")).ShouldBe("rgb(255, 255, 255)");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color")).ShouldBe("rgb(0, 0, 0)");
        (await sheet.TallestExerciseAsync()).ShouldBeLessThan(PrintedHeight, "every exercise fits on one printed page");
        await LimberServer.ScreenshotAsync(page, "print-sheet-180mm");

        // A phone or laptop in dark mode still prints black on white, figures included.
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Dark });
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor")).ShouldBe("rgb(255, 255, 255)");
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('figure.pose img')).colorScheme")).ShouldBe("light only");
        await LimberServer.ScreenshotAsync(page, "print-sheet-180mm-dark-device");

        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = format, PreferCSSPageSize = true });
            System.Text.Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-", format);
            await File.WriteAllBytesAsync(Path.Combine(LimberServer.ScreenshotFolder, $"print-sheet-{format}.pdf"), pdf);
        }
    }
}
