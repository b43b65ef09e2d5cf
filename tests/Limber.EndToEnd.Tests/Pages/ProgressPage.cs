using System.Globalization;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>The progress pages: the activity ratings (PSFS), the clinician's forms, progress and its printable summary.</summary>
public sealed class ProgressPage(IPage page)
{
    public static class Selectors
    {
        public const string Activities = "form#psfs";
        public const string Save = "form#psfs button[type=submit]";
        public const string Errors = "#form-errors";
        public const string Changes = "#changes";
        public const string Due = "#psfs-due";
        public const string Saved = "#saved";

        public static string ChangeRow(string measure) => $"#changes tr[data-measure={measure}]";

        public static string Name(int row) => $"#activity-{row}";

        public static string Score(int row) => $"#score-{row}";
    }

    /// <summary>From home's prompt, when the ratings are due.</summary>
    public async Task OpenFromHomeAsync()
    {
        await page.GotoAsync("/");
        await page.Locator(Selectors.Due).GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator(Selectors.Activities).WaitForAsync();
    }

    /// <summary>Types an activity and picks its rating, the way a person would.</summary>
    public async Task RateAsync(int row, string? name, int score)
    {
        if (name is not null)
        {
            await page.FillAsync(Selectors.Name(row), name);
        }

        await page.SelectOptionAsync(Selectors.Score(row), score.ToString(CultureInfo.InvariantCulture));
    }

    public Task<string> NameAsync(int row) => page.Locator(Selectors.Name(row)).InputValueAsync();

    /// <summary>Saves and lands on the progress page.</summary>
    public async Task SaveAsync()
    {
        await page.ClickAsync(Selectors.Save);
        await page.WaitForURLAsync("**/progress?saved=psfs");
    }

    public Task<string> ChangeAsync(string measure) => page.Locator(Selectors.ChangeRow(measure)).InnerTextAsync();

    public async Task<bool> MeaningfulAsync(string measure) =>
        await page.Locator(Selectors.ChangeRow(measure)).GetAttributeAsync("data-meaningful") == "true";
}
