using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>Reading a Learn article, saying whether it helped, reporting an error on an exercise, and finding both on the review page.</summary>
public sealed class FeedbackJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Theory]
    [InlineData(360, 740)]
    [InlineData(1280, 800)]
    public async Task Feedback_sent_from_an_article_and_an_exercise_is_listed_for_review(int width, int height)
    {
        var page = await server.NewPageAsync(width, height);
        await using var trace = new BrowserTrace(page);
        page.SetDefaultTimeout(30_000);

        await page.GotoAsync("/learn");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Learn", Level = 1 })).ToBeVisibleAsync();
        await LimberServer.ScreenshotAsync(page, $"learn-{width}x{height}");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Heat or cold, and when" }).ClickAsync();
        await Assertions.Expect(page.GetByText("min read")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "References" })).ToBeVisibleAsync();
        await LimberServer.ScreenshotAsync(page, $"learn-article-{width}x{height}");

        var feedback = new FeedbackForm(page);
        var note = $"Clear at {width} wide";
        await feedback.NoteAsync(note);
        await feedback.YesAsync();
        await Assertions.Expect(feedback.Thanks).ToContainTextAsync("Thank you");
        page.Url.ShouldEndWith("/learn/heat-or-cold?feedback=thanks#feedback");
        await LimberServer.ScreenshotAsync(page, $"learn-feedback-sent-{width}x{height}");

        await page.GotoAsync("/exercises/cat-cow");
        var report = $"The cue in step 2 is unclear ({width})";
        await new FeedbackForm(page).ReportErrorAsync(report);
        await Assertions.Expect(new FeedbackForm(page).Thanks).ToContainTextAsync("error report");

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Feedback you sent" }).ClickAsync();
        var rows = page.GetByRole(AriaRole.Row);
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = note })).ToContainTextAsync("Helpful");
        await Assertions.Expect(rows.Filter(new LocatorFilterOptions { HasText = report })).ToContainTextAsync("Error report");
        await LimberServer.ScreenshotAsync(page, $"feedback-review-{width}x{height}");
    }
}
