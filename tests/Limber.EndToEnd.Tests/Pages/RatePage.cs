using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>The rating after a session: pain and stiffness now, how it felt, a note.</summary>
public sealed partial class RatePage(IPage page)
{
    public static class Selectors
    {
        public const string Form = "form#rating";
        public const string Save = "form#rating button[type=submit]";
        public const string Note = "#note";
        public const string Stopped = ".notice.caution";
        public const string SyncStatus = "#sync-status";

        public static string Scale(string name, int value) => CheckInPage.Selectors.Scale(name, value);
    }

    public static Regex Address { get; } = AddressPattern();

    public async Task WaitUntilShownAsync() => await page.Locator(Selectors.Form).WaitForAsync();

    /// <summary>Answers the form; <paramref name="felt"/> is the words of a choice, such as "About right".</summary>
    public async Task AnswerAsync(int painAfter, int stiffnessAfter, string felt, string? note = null)
    {
        await page.Locator(Selectors.Scale("PainAfter", painAfter)).ClickAsync();
        await page.Locator(Selectors.Scale("StiffnessAfter", stiffnessAfter)).ClickAsync();
        await page.GetByLabel(felt, new PageGetByLabelOptions { Exact = true }).CheckAsync();
        if (note is not null)
        {
            await page.FillAsync(Selectors.Note, note);
        }
    }

    /// <summary>Saves online and expects to land on the history page.</summary>
    public async Task<HistoryPage> SaveAsync()
    {
        await page.ClickAsync(Selectors.Save);
        await page.WaitForURLAsync("**/history");
        return new HistoryPage(page);
    }

    /// <summary>Saves and stays: the offline path, which keeps the answers on the device.</summary>
    public Task SaveAndStayAsync() => page.ClickAsync(Selectors.Save);

    public Task<string> StoppedNoticeAsync() => page.Locator(Selectors.Stopped).InnerTextAsync();

    [GeneratedRegex(@"/sessions/(?<id>[0-9a-f-]{36})/rate$")]
    private static partial Regex AddressPattern();
}
