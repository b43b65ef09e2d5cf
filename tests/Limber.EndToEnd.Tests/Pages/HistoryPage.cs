using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>The history: the pain and stiffness chart, the weeks and one row per session.</summary>
public sealed class HistoryPage(IPage page)
{
    public static class Selectors
    {
        public const string Chart = "figure svg";
        public const string Sessions = "table#sessions";
        public const string Empty = "#history-empty";

        public static string Row(Guid session) => $"table#sessions tr[data-session='{session}']";
    }

    public async Task OpenAsync() => await page.GotoAsync("/history");

    public ILocator Row(Guid session) => page.Locator(Selectors.Row(session));

    public ILocator Chart => page.Locator(Selectors.Chart);
}
