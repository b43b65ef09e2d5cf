using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>After a check-in that is not ok, no session starts or resumes, on the page or through the API, until an ok check-in.</summary>
public sealed class StopMeansStopJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Theory]
    [InlineData(360, 640)]
    [InlineData(1280, 800)]
    public async Task No_session_can_start_or_resume_after_a_stop_until_an_ok_check_in(int width, int height)
    {
        var page = await server.NewPageAsync(width, height);
        await using var trace = new BrowserTrace(page);
        var checkIn = new CheckInPage(page);
        var plan = await checkIn.CheckInWithATightBackAsync(server.Clock.GetUtcNow());
        var okPlan = plan.Id;
        var player = await plan.StartSessionAsync();
        var session = player.SessionId;

        // A new check-in with a warning sign.
        await checkIn.OpenAsync();
        await page.GetByLabel("Do you have a fever or chills").CheckAsync();
        var stop = await checkIn.MakePlanAsync();
        var stopPlan = stop.Id;
        (await stop.HeadingAsync()).ShouldBe("See a doctor today");
        (await page.Locator("#sessions-paused").InnerTextAsync()).ShouldContain("Sessions are paused");

        // The open session's player is not served: the address leads to the stop advice.
        await page.GotoAsync($"/sessions/{session}");
        await page.WaitForURLAsync($"**/plans/{stopPlan}");

        // The older plan offers no Start, and says why.
        await page.GotoAsync($"/plans/{okPlan}");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Start the session" }).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Resume the session" }).CountAsync()).ShouldBe(0);
        (await page.Locator("#sessions-paused").InnerTextAsync()).ShouldContain("cannot be started or resumed");
        await LimberServer.ScreenshotAsync(page, $"plan-paused-{width}x{height}");

        // The API refuses too, even a request the page never makes.
        var api = page.Context.APIRequest;
        var get = await api.GetAsync($"{server.BaseUrl}/api/sessions/{session}");
        get.Status.ShouldBe(409);
        (await get.TextAsync()).ShouldContain(stopPlan.ToString());
        var progress = await api.PostAsync($"{server.BaseUrl}/api/sessions/{session}/progress", new() { DataObject = new { blockIndex = 0, exerciseId = "cat-cow", outcome = "done" } });
        progress.Status.ShouldBe(409);
        var finish = await api.PostAsync($"{server.BaseUrl}/api/sessions/{session}/finish", new() { DataObject = new { } });
        finish.Status.ShouldBe(409);

        // Home leads with the stop: how fast to act and the call action; no way back into the session.
        await page.GotoAsync("/");
        (await page.GetByRole(AriaRole.Heading, new() { Name = "See a doctor today" }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Link, new() { Name = "112", Exact = true }).GetAttributeAsync("href")).ShouldBe("tel:112");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Resume it" }).CountAsync()).ShouldBe(0);
        await LimberServer.ScreenshotAsync(page, $"home-stopped-{width}x{height}");

        await page.GotoAsync("/history");
        (await page.Locator("#stops li[data-status='urgent']").CountAsync()).ShouldBeGreaterThanOrEqualTo(1);
        await LimberServer.ScreenshotAsync(page, $"history-stop-marked-{width}x{height}");

        // An ok check-in lifts the stop: the session resumes.
        await checkIn.CheckInWithATightBackAsync(server.Clock.GetUtcNow());
        (await api.GetAsync($"{server.BaseUrl}/api/sessions/{session}")).Status.ShouldBe(200);
        await page.GotoAsync($"/sessions/{session}");
        await new PlayerPage(page).WaitUntilShownAsync();
    }
}
