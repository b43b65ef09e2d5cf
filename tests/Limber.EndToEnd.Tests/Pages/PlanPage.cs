using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>A plan as issued: the session outline and the way into the player, or the stop page.</summary>
public sealed partial class PlanPage(IPage page)
{
    public static class Selectors
    {
        public const string Heading = "h1";
        public const string StartSession = "#start-session";
        public const string Blocks = "ol.blocks > li";
        public const string BlockName = "ol.blocks > li h3";
        public const string SessionHeading = "h2:has-text('Session ·')";
        public const string StopPage = "section.stop-page";
    }

    public static Regex Address { get; } = AddressPattern();

    public Guid Id => Guid.Parse(Address.Match(page.Url).Groups["id"].Value);

    public Task<string> HeadingAsync() => page.Locator(Selectors.Heading).InnerTextAsync();

    public Task<IReadOnlyList<string>> BlockNamesAsync() => page.Locator(Selectors.BlockName).AllInnerTextsAsync();

    public async Task<PlayerPage> StartSessionAsync()
    {
        await page.ClickAsync(Selectors.StartSession);
        await page.WaitForURLAsync(PlayerPage.Address);
        var player = new PlayerPage(page);
        await player.WaitUntilShownAsync();
        return player;
    }

    [GeneratedRegex(@"/plans/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex AddressPattern();
}
