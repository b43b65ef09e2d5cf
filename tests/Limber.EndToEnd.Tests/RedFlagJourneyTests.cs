using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>Red flags decide first, the safety list needs an explicit answer, and the emergency call is on the first screen.</summary>
public sealed class RedFlagJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    private static readonly PageGetByRoleOptions CallButton = new() { Name = "Call 112 now", Exact = true };

    [Fact]
    public async Task A_red_flag_alone_reaches_its_stop_page_with_every_other_answer_empty()
    {
        var page = await server.NewPageAsync();
        await using var trace = new BrowserTrace(page);
        await page.GotoAsync("/check-in");

        await page.GetByLabel("Is there numbness or tingling around your genitals").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my plan" }).ClickAsync();

        await page.WaitForURLAsync(PlanPage.Address);
        (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).ShouldBe("Go to an emergency department now");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Start the session" }).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Link, CallButton).GetAttributeAsync("href")).ShouldBe("tel:112");
        await LimberServer.ScreenshotAsync(page, "stop-page-red-flag-alone-360x740");
    }

    [Fact]
    public async Task Skipping_the_safety_list_is_not_taken_as_a_no()
    {
        var page = await server.NewPageAsync();
        await using var trace = new BrowserTrace(page);
        var checkIn = new CheckInPage(page);
        await checkIn.OpenAsync();
        await checkIn.AgeAsync(44);
        await checkIn.StartedAsync(server.Clock.GetUtcNow().UtcDateTime.AddDays(-2));
        await checkIn.PainAsync(3);
        await checkIn.StiffnessAsync(5);

        await checkIn.SubmitExpectingErrorsAsync();

        page.Url.ShouldEndWith("/check-in");
        (await page.Locator(CheckInPage.Selectors.SafetyError).InnerTextAsync()).ShouldContain("None of these apply to me");
        (await page.GetByLabel("None of these apply to me").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        (await page.Locator(CheckInPage.Selectors.Age).InputValueAsync()).ShouldBe("44");
        await LimberServer.ScreenshotAsync(page, "check-in-safety-unanswered-360x740");

        await checkIn.NoneOfTheseAppliesAsync();
        var plan = await checkIn.MakePlanAsync();
        (await plan.HeadingAsync()).ShouldBe("Today's plan");
    }

    [Theory]
    [InlineData(360, 640)]
    [InlineData(1280, 800)]
    public async Task The_emergency_call_is_on_the_first_screen_and_readable_in_light_and_dark(int width, int height)
    {
        var page = await server.NewPageAsync(width, height);
        await using var trace = new BrowserTrace(page);
        await page.GotoAsync("/check-in");
        await page.GetByLabel("Have you had new loss of bowel control").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my plan" }).ClickAsync();
        await page.WaitForURLAsync(PlanPage.Address);

        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            var call = page.GetByRole(AriaRole.Link, CallButton);
            (await page.EvaluateAsync<double>("() => window.scrollY")).ShouldBe(0);
            var box = (await call.BoundingBoxAsync()).ShouldNotBeNull();
            (box.Y + box.Height).ShouldBeLessThanOrEqualTo(height, $"the call button ends below the first screen in {scheme}");
            (box.Height).ShouldBeGreaterThanOrEqualTo(44);
            (await Contrast.OfAsync(call)).ShouldBeGreaterThanOrEqualTo(4.5, $"call button in {scheme}");
            (await Contrast.OfAsync(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))).ShouldBeGreaterThanOrEqualTo(4.5, $"heading in {scheme}");
            (await Contrast.OfAsync(page.Locator("#emergency-numbers"))).ShouldBeGreaterThanOrEqualTo(4.5, $"numbers in {scheme}");
            (await page.Locator("#emergency-numbers").InnerTextAsync()).ShouldContain("999");
            await page.ScreenshotAsync(new() { Path = Path.Combine(LimberServer.ScreenshotFolder, $"stop-page-first-screen-{scheme.ToString().ToLowerInvariant()}-{width}x{height}.png") });
        }
    }
}
