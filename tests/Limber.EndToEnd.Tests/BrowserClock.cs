using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>The browser's clock, under the test's control from before the first page loads.</summary>
public static class BrowserClock
{
    /// <summary>
    /// Installs Playwright's fake clock at the server's time and pauses it there, so time in the
    /// page moves only when the test says so (RunFor fires every timer; FastForward jumps).
    /// </summary>
    public static async Task FreezeAsync(IPage page, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = at.UtcDateTime });
        await page.Clock.PauseAtAsync(at.UtcDateTime.AddSeconds(1));
    }
}
