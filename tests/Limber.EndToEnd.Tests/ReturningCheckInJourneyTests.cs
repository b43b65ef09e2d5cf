using Limber.EndToEnd.Tests.Pages;

namespace Limber.EndToEnd.Tests;

/// <summary>A returning person sees last time's lasting answers and only confirms them; the red flags are asked again.</summary>
public sealed class ReturningCheckInJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Theory]
    [InlineData(360, 640)]
    [InlineData(1280, 800)]
    public async Task A_returning_person_confirms_last_times_answers_in_a_few_taps(int width, int height)
    {
        var page = await server.NewPageAsync(width, height);
        await using var trace = new BrowserTrace(page);
        var checkIn = new CheckInPage(page);
        await checkIn.OpenAsync();
        await checkIn.NoneOfTheseAppliesAsync();
        await checkIn.AgeAsync(58);
        await page.GetByLabel("A few weeks ago").CheckAsync();
        await checkIn.PainAsync(5);
        await checkIn.StiffnessAsync(6);
        await checkIn.OpenUsualAnswersAsync();
        await checkIn.TickAsync("A knee problem");
        await checkIn.TickAsync("Firm chair");
        await page.Locator("input[name='Form.CanKneel'][value='no']").CheckAsync();
        await checkIn.MinutesAsync(20);
        await checkIn.MakePlanAsync();

        await checkIn.OpenAsync();

        (await page.Locator(CheckInPage.Selectors.Age).InputValueAsync()).ShouldBe("58");
        (await page.Locator(CheckInPage.Selectors.UsualAnswers).GetAttributeAsync("open")).ShouldBeNull();
        var summary = await page.Locator("#lasting-summary").InnerTextAsync();
        summary.ShouldContain("A knee problem");
        summary.ShouldContain("Firm chair");
        summary.ShouldContain("kneeling: no");
        summary.ShouldContain("20 min");
        foreach (var box in await page.Locator("#safety input[type=checkbox]").AllAsync())
        {
            (await box.IsCheckedAsync()).ShouldBeFalse("red flags and 'none of these' are asked every time");
        }

        await LimberServer.ScreenshotAsync(page, $"check-in-returning-{width}x{height}");
        await checkIn.OpenUsualAnswersAsync();
        (await page.GetByLabel("A knee problem").IsCheckedAsync()).ShouldBeTrue();
        (await page.GetByLabel("Firm chair").IsCheckedAsync()).ShouldBeTrue();
        (await page.Locator(CheckInPage.Selectors.Minutes).InputValueAsync()).ShouldBe("20");

        // Confirming takes five taps: none of these, when it started, pain, stiffness, and the button.
        await checkIn.NoneOfTheseAppliesAsync();
        await page.GetByLabel("2–3 days ago").CheckAsync();
        await checkIn.PainAsync(3);
        await checkIn.StiffnessAsync(4);
        var plan = await checkIn.MakePlanAsync();
        (await plan.HeadingAsync()).ShouldBe("Today's plan");
    }
}
