using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>The reminders page: days, time, time zone, the feed link with its copy button and QR code, and ending them.</summary>
public sealed class RemindersPage(IPage page)
{
    public static class Selectors
    {
        public const string Status = "main p.notice[role=status]";
        public const string CopyStatus = "#copy-status";
    }

    public async Task OpenAsync() => await page.GotoAsync("/reminders");

    public ILocator Day(string name) => page.GetByLabel(name, new PageGetByLabelOptions { Exact = true });

    public ILocator Time => page.GetByLabel("Time", new PageGetByLabelOptions { Exact = false }).First;

    public ILocator TimeZone => page.GetByRole(AriaRole.Combobox, new PageGetByRoleOptions { Name = "Time zone" });

    public ILocator FeedLink => page.GetByRole(AriaRole.Textbox, new PageGetByRoleOptions { Name = "Feed link" });

    public ILocator QrCode => page.GetByRole(AriaRole.Img, new PageGetByRoleOptions { Name = "QR code of your calendar feed link" });

    public ILocator Status => page.Locator(Selectors.Status);

    public ILocator CopyStatus => page.Locator(Selectors.CopyStatus);

    public Task SetAsync() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Set reminders" }).ClickAsync();

    public Task SaveChangesAsync() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Save changes" }).ClickAsync();

    public Task CopyAsync() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Copy the link" }).ClickAsync();

    public Task EndAsync() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "End reminders" }).ClickAsync();
}
