using Limber.Core.Learn;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages.Plans;

/// <summary>A plan's "why" and cautions link to the Learn article that explains them.</summary>
public sealed class LearnLinkTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly Browser _browser = app.CreateBrowser();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task A_pregnancy_caution_links_to_the_pregnancy_article()
    {
        var planId = await Journeys.CheckInAsync(_browser, app.Clock.GetUtcNow(), form => form
            .Check("Form.Conditions", "pregnancy")
            .Set("Form.PregnancyWeeks", "24"));

        var page = await _browser.OpenAsync($"/plans/{planId}");

        var caution = page.Find("[data-code=pregnancy]");
        caution.QuerySelector(".learn-link a").ShouldNotBeNull().GetAttribute("href").ShouldBe("/learn/exercise-in-pregnancy");
    }

    [Fact]
    public async Task The_session_the_heat_and_the_habits_link_to_their_articles()
    {
        var planId = await Journeys.CheckInAsync(_browser, app.Clock.GetUtcNow(), form => form.Check("Form.Equipment", "heat-pack"));
        var plan = await Journeys.StoredPlanAsync(app, planId);

        var page = await _browser.OpenAsync($"/plans/{planId}");

        var links = page.FindAll(".learn-link a").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain(LearnLibrary.Embedded.Explaining("stage").ShouldNotBeNull().Page);
        if (plan.Thermal.Count > 0)
        {
            links.ShouldContain("/learn/heat-or-cold");
        }

        if (plan.Habits.Count > 0)
        {
            links.ShouldContain("/learn/sitting-standing-posture");
        }

        page.FindAll("[data-code=stage] .learn-link a").Select(a => a.GetAttribute("href")).ShouldBe(["/learn/progression-rule"]);
    }
}
