using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>
/// The accessibility gate: axe-core finds no serious or critical WCAG 2.2 A/AA violation on any
/// page, in the light and the dark colour scheme. See docs/accessibility.md for what this covers.
/// </summary>
public sealed class AccessibilityTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Theory]
    [InlineData("light", 360, 640)]
    [InlineData("dark", 360, 640)]
    [InlineData("light", 1280, 800)]
    [InlineData("dark", 1280, 800)]
    public async Task Every_page_has_no_serious_or_critical_axe_violation(string scheme, int width, int height)
    {
        // The browser keeps its real clock here: axe schedules its checks with timers.
        var page = await server.NewPageAsync(width, height);
        await using var trace = new BrowserTrace(page);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        using var api = new SessionApi(server.BaseUrl);
        var found = new Dictionary<string, IReadOnlyList<AxeViolation>>();

        async Task Check(string name)
        {
            var violations = await Axe.SeriousViolationsAsync(page);
            if (violations.Count > 0)
            {
                found[name] = violations;
            }
        }

        (await page.EvaluateAsync<bool>($"() => matchMedia('(prefers-color-scheme: {scheme})').matches")).ShouldBeTrue();

        await page.GotoAsync("/");
        await Check("home");

        var checkIn = new CheckInPage(page);
        await checkIn.OpenAsync();
        await Check("check-in");
        await page.FillAsync(CheckInPage.Selectors.Age, "");
        await checkIn.SubmitExpectingErrorsAsync();
        await Check("check-in with problems");

        await checkIn.OpenAsync();
        await checkIn.TickAsync("Since the back pain began, have you had new trouble starting or holding your urine, or not felt it pass?");
        await checkIn.AgeAsync(52);
        await checkIn.StartedAsync(server.Clock.GetUtcNow().UtcDateTime.AddDays(-3));
        await checkIn.PainAsync(7);
        await checkIn.StiffnessAsync(5);
        await checkIn.MakePlanAsync();
        await page.Locator(PlanPage.Selectors.StopPage).WaitForAsync();
        await Check("emergency stop page");

        var plan = await checkIn.CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 10);
        (await plan.HeadingAsync()).ShouldBe("Today's plan");
        await Check("plan");

        var planAddress = page.Url;
        await page.GotoAsync($"/plans/{plan.Id}/print");
        await page.Locator(PrintSheetPage.Selectors.Exercises).First.WaitForAsync();
        await Check("exercise sheet");

        await page.GotoAsync("/");
        await Check("home with a plan");

        await page.GotoAsync(planAddress);
        var sessionId = (await plan.StartSessionAsync()).SessionId;
        await Check("session");
        await page.ClickAsync(PlayerPage.Selectors.Hurts);
        await page.Locator(PlayerPage.Selectors.Dialog).WaitForAsync();
        await Check("session, This hurts dialog");
        await page.ClickAsync(PlayerPage.Selectors.HurtsCancel);

        await api.FinishAsync(sessionId);
        await page.GotoAsync($"/sessions/{sessionId}/rate");
        await new RatePage(page).WaitUntilShownAsync();
        await Check("rate");

        await api.RateAsync(sessionId, painAfter: 2, stiffnessAfter: 3, difficulty: "right", note: "Looser afterwards");
        var history = new HistoryPage(page);
        await history.OpenAsync();
        await history.Row(sessionId).WaitForAsync();
        await Check("history");

        await page.GotoAsync("/progress");
        await Check("progress");
        await page.GotoAsync("/progress/activities");
        await Check("activities");
        await page.GotoAsync("/progress/scores");
        await Check("clinician's forms");
        await page.GotoAsync("/progress/print");
        await Check("printable summary");
        await page.GotoAsync("/data");
        await Check("your data");
        await page.GotoAsync("/data/delete");
        await page.FillAsync("#delete-confirm", "not the words");
        await page.ClickAsync("#delete-now");
        await page.Locator("#delete-problem").WaitForAsync();
        await Check("delete everything, refused");

        await page.GotoAsync("/exercises");
        await Check("exercises");
        await page.GotoAsync("/exercises/cat-cow");
        await page.Locator("article[data-exercise='cat-cow'] h1").WaitForAsync();
        await Check("exercise cat-cow");
        await page.GotoAsync("/sources");
        await Check("sources");
        await page.GotoAsync("/no-such-page");
        await Check("not found");

        Axe.Describe(found).ShouldBeEmpty($"axe found serious or critical violations ({scheme}, {width}×{height})");
    }
}
