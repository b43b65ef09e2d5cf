using Limber.EndToEnd.Tests.Pages;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>The plan's first screen and the history's layout, at a phone and a desktop size.</summary>
public sealed class LayoutTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Theory]
    [InlineData(360, 640)]
    [InlineData(1280, 800)]
    public async Task The_plans_first_screen_shows_the_minutes_exercises_stage_and_start(int width, int height)
    {
        var page = await server.NewPageAsync(width, height);
        await using var trace = new BrowserTrace(page);

        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow(), minutes: 10);

        (await plan.HeadingAsync()).ShouldBe("Today's plan");
        foreach (var term in new[] { "Time", "Exercises", "Stage" })
        {
            await ShouldBeOnFirstScreenAsync(page, page.Locator("#today-facts div").Filter(new() { Has = page.GetByText(term, new() { Exact = true }) }), height, term);
        }

        await ShouldBeOnFirstScreenAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Start the session" }), height, "Start");
        (await page.Locator("#today-facts dd").AllInnerTextsAsync()).ShouldAllBe(text => text.Length > 0);
    }

    [Fact]
    public async Task A_caution_opens_to_its_detail_when_its_summary_is_pressed()
    {
        var page = await server.NewPageAsync(360, 640);
        await using var trace = new BrowserTrace(page);
        await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow());
        var caution = page.Locator("ul.cautions details[data-code='never-force-a-stretch']");
        var detail = caution.Locator("p").First;
        (await detail.IsVisibleAsync()).ShouldBeFalse();

        await caution.Locator("summary").ClickAsync();

        await detail.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        (await caution.GetAttributeAsync("open")).ShouldNotBeNull();
    }

    [Theory]
    [InlineData(360, 640, true)]
    [InlineData(1280, 800, false)]
    public async Task History_shows_sessions_as_cards_on_a_phone_and_as_an_unclipped_table_on_a_desktop(int width, int height, bool cards)
    {
        var page = await server.NewPageAsync(width, height);
        await using var trace = new BrowserTrace(page);
        using var api = new SessionApi(server.BaseUrl);
        var plan = await new CheckInPage(page).CheckInWithATightBackAsync(server.Clock.GetUtcNow());
        var id = (await plan.StartSessionAsync()).SessionId;
        await api.FinishAsync(id);
        await api.RateAsync(id, painAfter: 2, stiffnessAfter: 3, difficulty: "right", note: "Easier to stand up afterwards");

        var history = new HistoryPage(page);
        await history.OpenAsync();
        var row = history.Row(id);
        await row.WaitForAsync();

        (await row.EvaluateAsync<string>("r => getComputedStyle(r).display")).ShouldBe(cards ? "block" : "table-row");
        (await page.GetByRole(AriaRole.Table, new() { Name = "Sessions" }).CountAsync()).ShouldBe(1);
        (await page.GetByRole(AriaRole.Columnheader, new() { Name = "Pain next day" }).CountAsync()).ShouldBe(1);

        // Nothing is cut off or pushes the page sideways: the table fits inside the main column and the window.
        var table = (await page.Locator(HistoryPage.Selectors.Sessions).BoundingBoxAsync()).ShouldNotBeNull();
        var main = (await page.Locator("main").BoundingBoxAsync()).ShouldNotBeNull();
        (table.X + table.Width).ShouldBeLessThanOrEqualTo(main.X + main.Width + 1);
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(width);
    }

    private static async Task ShouldBeOnFirstScreenAsync(IPage page, ILocator locator, int height, string what)
    {
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var box = (await locator.BoundingBoxAsync()).ShouldNotBeNull(what);
        box.Y.ShouldBeGreaterThanOrEqualTo(0, what);
        (box.Y + box.Height).ShouldBeLessThanOrEqualTo(height, $"{what} is below the first screen");
    }
}
