using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

public sealed class RedFlagJourneyTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task A_red_flag_check_in_ends_on_the_stop_page_with_no_way_into_a_session()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/check-in");
        await page.GetByLabel("Is there numbness or tingling around your genitals").CheckAsync();
        await page.FillAsync("#age", "47");
        await page.FillAsync("#started", "2026-11-20T08:00");
        await page.Locator("input[name='Form.Pain'][value='6']").CheckAsync(new LocatorCheckOptions { Force = true });
        await page.Locator("input[name='Form.Stiffness'][value='5']").CheckAsync(new LocatorCheckOptions { Force = true });
        await page.ClickAsync("button[type=submit]");

        await page.WaitForURLAsync("**/plans/**");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("Go to an emergency department now");
        (await page.Locator("#start-session").CountAsync()).ShouldBe(0);
        await LimberServer.ScreenshotAsync(page, "stop-page-360");
    }
}
