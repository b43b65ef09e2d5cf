using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>The printable exercise sheet of a plan: each exercise with its two key poses, steps and stop signs.</summary>
public sealed class PrintSheetPage(IPage page)
{
    public static class Selectors
    {
        public const string PrintLink = "#print-link";
        public const string PrintButton = "#print-sheet";
        public const string Tools = "#sheet-tools";
        public const string Exercises = "li.sheet-exercise";
        public const string Poses = "li.sheet-exercise figure.pose img";
        public const string Header = "header.top";
    }

    /// <summary>Follows the plan page's link to its sheet.</summary>
    public static async Task<PrintSheetPage> OpenFromPlanAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.ClickAsync(Selectors.PrintLink);
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/plans/[0-9a-f-]{36}/print$"));
        await page.Locator(Selectors.Exercises).First.WaitForAsync();
        return new PrintSheetPage(page);
    }

    public ILocator Exercises => page.Locator(Selectors.Exercises);

    /// <summary>True once every drawn pose has loaded and has a size.</summary>
    public Task<bool> EveryPoseIsDrawnAsync() =>
        page.EvaluateAsync<bool>($"() => [...document.querySelectorAll('{Selectors.Poses}')].every(img => img.complete && img.naturalWidth > 0)");

    /// <summary>The height in CSS pixels of the tallest exercise as laid out now.</summary>
    public Task<double> TallestExerciseAsync() =>
        page.EvaluateAsync<double>($"() => Math.max(...[...document.querySelectorAll('{Selectors.Exercises}')].map(e => e.getBoundingClientRect().height))");
}
