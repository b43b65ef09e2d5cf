using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>
/// A person takes a copy of their data, deletes everything through the confirm step (the wrong words delete
/// nothing), and restores the copy from the file they downloaded.
/// </summary>
public sealed class YourDataJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task Download_then_delete_everything_with_its_confirm_step_then_restore_the_download()
    {
        var page = await server.NewPageAsync(360, 740);
        await using var trace = new BrowserTrace(page);
        page.SetDefaultTimeout(30_000);
        var violations = new Dictionary<string, IReadOnlyList<AxeViolation>>();
        async Task Check(string name)
        {
            if (await Axe.SeriousViolationsAsync(page) is { Count: > 0 } found)
            {
                violations[name] = found;
            }
        }

        await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow());

        // "Your data" from the footer: what is held, and a copy to download.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Your data" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Your data", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#held-heading + ul")).ToContainTextAsync("1 check-in");
        await Check("your data");
        await LimberServer.ScreenshotAsync(page, "your-data-360x740");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-limber"));
        download.SuggestedFilename.ShouldStartWith("limber-");
        var copy = Path.Combine(Path.GetTempPath(), $"limber-e2e-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(copy);

        // The confirm step: the wrong words delete nothing and say so.
        await page.ClickAsync("#delete-start");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Delete everything", Level = 1 })).ToBeVisibleAsync();
        await Check("delete confirm");
        await LimberServer.ScreenshotAsync(page, "your-data-delete-confirm-360x740");
        await page.FillAsync("#delete-confirm", "delete");
        await page.ClickAsync("#delete-now");
        await Assertions.Expect(page.Locator("#delete-problem")).ToContainTextAsync("Nothing was deleted");
        await Check("delete refused");
        await LimberServer.ScreenshotAsync(page, "your-data-delete-refused-360x740");
        await page.GotoAsync("/data");
        await Assertions.Expect(page.Locator("#held-heading + ul")).ToContainTextAsync("1 check-in");

        // The right words: everything goes.
        await page.GotoAsync("/data/delete");
        await page.FillAsync("#delete-confirm", "delete everything");
        await page.ClickAsync("#delete-now");
        await Assertions.Expect(page.Locator("#erased")).ToContainTextAsync("Everything is deleted");
        await Assertions.Expect(page.Locator("#held-heading ~ p").First).ToHaveTextAsync("Nothing yet.");
        await LimberServer.ScreenshotAsync(page, "your-data-deleted-360x740");

        // Restoring the download brings it back; restoring it again changes nothing.
        await page.SetInputFilesAsync("#import-file", copy);
        await page.ClickAsync("#import-form button[type=submit]");
        await Assertions.Expect(page.Locator("#imported")).ToContainTextAsync("Restored");
        await Assertions.Expect(page.Locator("#held-heading + ul")).ToContainTextAsync("1 check-in");
        await page.SetInputFilesAsync("#import-file", copy);
        await page.ClickAsync("#import-form button[type=submit]");
        await Assertions.Expect(page.Locator("#imported")).ToContainTextAsync("already here");
        await Check("restored");
        await LimberServer.ScreenshotAsync(page, "your-data-restored-360x740");
        File.Delete(copy);

        violations.ShouldBeEmpty();
    }
}
