using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>"Was this helpful?" and "Report an error" at the foot of article and exercise pages.</summary>
public sealed class FeedbackForm(IPage page)
{
    private ILocator Section => page.Locator("#feedback");

    public ILocator Helpful => Section.GetByRole(AriaRole.Group, new LocatorGetByRoleOptions { Name = "Was this helpful?" });

    public ILocator Thanks => page.Locator("#feedback-sent");

    public Task NoteAsync(string text) => Helpful.GetByLabel("Anything to add?").FillAsync(text);

    public Task YesAsync() => Helpful.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Yes, it helped" }).ClickAsync();

    public Task NoAsync() => Helpful.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "No, it did not" }).ClickAsync();

    public async Task ReportErrorAsync(string text)
    {
        await Section.GetByText("Report an error").ClickAsync();
        await Section.GetByLabel("What is wrong?").FillAsync(text);
        await Section.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Send the error report" }).ClickAsync();
    }
}
