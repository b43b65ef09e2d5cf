using System.Globalization;
using System.Net;
using System.Text;
using Limber.Core.Catalog;
using Limber.Core.Figures;
using Limber.Core.Planning;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages.Plans;

public sealed class PrintPageTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private const string DataSvg = "data:image/svg+xml;base64,";

    private readonly Browser _browser = app.CreateBrowser();

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    public void Dispose() => _browser.Dispose();

    private Task<Guid> HeatPlanAsync() =>
        Journeys.CheckInAsync(_browser, Now, form => form.Set("Form.ThermalPreference", "heat").Check("Form.Equipment", "heat-pack"));

    [Fact]
    public async Task The_sheet_of_an_unknown_plan_is_not_found()
    {
        var page = await _browser.GetAsync($"/plans/{Guid.NewGuid()}/print");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Find("h1").TextContent.ShouldBe("Not found");
    }

    [Fact]
    public async Task The_sheet_lists_every_exercise_in_order_with_its_steps_dose_cautions_and_stop_signs()
    {
        var planId = await HeatPlanAsync();
        var blocks = (await Journeys.StoredPlanAsync(app, planId)).Session.ShouldNotBeNull().Blocks;
        blocks.ShouldNotBeEmpty();

        var page = await _browser.OpenAsync($"/plans/{planId}/print");

        var items = page.FindAll("li.sheet-exercise");
        items.Select(li => li.GetAttribute("data-exercise")).ShouldBe(blocks.Select(b => b.ExerciseId));
        foreach (var (item, block) in items.Zip(blocks))
        {
            var record = KnowledgeBase.Embedded.Find(block.ExerciseId).ShouldNotBeNull();
            HtmlPage.Collapse(item.QuerySelector("h2")!.TextContent).ShouldEndWith(block.Name);
            HtmlPage.Collapse(item.QuerySelector(".dose")!.TextContent).ShouldStartWith(BlockText.Dose(block));
            item.QuerySelectorAll("ol.steps > li").Select(li => li.TextContent).ShouldBe(record.Steps, block.ExerciseId);
            item.QuerySelectorAll("ul.take-care > li").Select(li => li.TextContent).ShouldBe(record.Cautions, block.ExerciseId);
            item.QuerySelectorAll("ul.stop-if > li").Select(li => li.TextContent).ShouldBe(record.StopIf, block.ExerciseId);
            record.StopIf.ShouldNotBeEmpty(block.ExerciseId);
        }
    }

    [Fact]
    public async Task Each_exercise_shows_its_start_and_end_pose_drawn_into_the_page()
    {
        var planId = await HeatPlanAsync();

        var page = await _browser.OpenAsync($"/plans/{planId}/print");

        var items = page.FindAll("li.sheet-exercise");
        items.ShouldNotBeEmpty();
        foreach (var item in items)
        {
            var record = KnowledgeBase.Embedded.Find(item.GetAttribute("data-exercise")!).ShouldNotBeNull();
            var figures = item.QuerySelectorAll("figure.pose");
            figures.Length.ShouldBe(2, record.Id);
            var drawn = figures.Select(f => f.QuerySelector("img")!.GetAttribute("src")!).ToList();
            drawn.ShouldAllBe(src => src.StartsWith(DataSvg, StringComparison.Ordinal));
            drawn.Select(src => Encoding.UTF8.GetString(Convert.FromBase64String(src[DataSvg.Length..])))
                .ShouldBe([FigureRenderer.RenderPose(record, 0), FigureRenderer.RenderPose(record, 1)], record.Id);
            figures.Select(f => HtmlPage.Collapse(f.QuerySelector("figcaption")!.TextContent))
                .ShouldBe([$"Start: {record.Figure!.Poses[0].Name}", $"Then: {record.Figure.Poses[1].Name}"]);
        }
    }

    [Fact]
    public async Task The_sheet_shows_the_heat_or_cold_times_why_and_sources_as_the_plan_does()
    {
        var planId = await HeatPlanAsync();
        var plan = await Journeys.StoredPlanAsync(app, planId);
        plan.Thermal.ShouldNotBeEmpty();

        var page = await _browser.OpenAsync($"/plans/{planId}/print");

        var section = page.Find("section.sheet-thermal");
        var times = section.QuerySelectorAll("ul.times > li").Select(li => HtmlPage.Collapse(li.TextContent)).ToList();
        times.Count.ShouldBe(plan.Thermal.Count);
        foreach (var (line, step) in times.Zip(plan.Thermal))
        {
            line.ShouldStartWith($"{Clock(step.From)}–{Clock(step.Until)}");
            line.ShouldContain($"{step.Minutes} min");
        }

        var text = HtmlPage.Collapse(section.TextContent);
        text.ShouldContain(plan.Thermal[0].Why);
        text.ShouldContain($"Sources: {string.Join(", ", plan.Thermal[0].Sources)}");
        page.FindAll("section.sheet-sources li strong").Select(s => s.TextContent).ShouldBe(plan.Sources.Select(s => s.Id));
    }

    [Fact]
    public async Task The_sheet_has_a_print_stylesheet_for_a4_and_letter_that_keeps_each_exercise_whole_and_hides_the_page_furniture()
    {
        var page = await _browser.OpenAsync($"/plans/{await HeatPlanAsync()}/print");

        var href = page.FindAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => PageAssets.Plain(h) == "/css/print.css");
        var css = await _browser.Client.GetStringAsync(new Uri(href, UriKind.Relative));
        css.ShouldContain("@page { size: portrait; margin: 15mm; }");
        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        print.ShouldContain(".sheet-exercise { break-inside: avoid;");
        print.ShouldContain(".top, .foot, .skip, .sheet-tools");
        print.ShouldContain("background: #fff; color: #000;");
        page.Find("#sheet-tools").QuerySelector("#print-sheet").ShouldNotBeNull().GetAttribute("type").ShouldBe("button");
        page.FindAll("script[src]").Select(s => s.GetAttribute("src")).ShouldContain(src => PageAssets.Plain(src!) == "/js/print.js");
    }

    [Fact]
    public async Task The_plan_page_links_to_its_sheet()
    {
        var planId = await HeatPlanAsync();

        var page = await _browser.OpenAsync($"/plans/{planId}");

        page.Find("#print-link").GetAttribute("href").ShouldBe($"/plans/{planId}/print");
    }

    [Theory]
    [InlineData("bladder-change", "emergency")]
    [InlineData("fever", "urgent")]
    public async Task A_plan_stopped_by_a_warning_sign_prints_its_stop_advice_and_no_exercises(string flag, string status)
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, form => form.Check("Form.RedFlags", flag));

        var page = await _browser.OpenAsync($"/plans/{planId}/print");

        page.Find(".stop-page").GetAttribute("data-status").ShouldBe(status);
        page.Text.ShouldContain("Do not start the exercises.");
        page.Has("li.sheet-exercise").ShouldBeFalse();
        page.Has("figure.pose").ShouldBeFalse();
        page.Has("#print-sheet").ShouldBeFalse();
        page.Has("#no-sheet").ShouldBeTrue();
    }

    private static string Clock(DateTimeOffset moment) => moment.ToString("HH:mm", CultureInfo.InvariantCulture);
}
