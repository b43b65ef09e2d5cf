using System.Globalization;
using System.Net;
using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Web.Pages.Plans;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Pages.Plans;

public sealed class ShowPageTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly Browser _browser = app.CreateBrowser();

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task An_ok_plan_shows_every_block_in_order_with_its_name_dose_why_and_sources()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);
        var plan = await Journeys.StoredPlanAsync(app, planId);
        var blocks = plan.Session.ShouldNotBeNull().Blocks;
        blocks.ShouldNotBeEmpty();

        var page = await _browser.OpenAsync($"/plans/{planId}");

        var items = page.FindAll("ol.blocks > li");
        items.Select(li => li.GetAttribute("data-exercise")).ShouldBe(blocks.Select(b => b.ExerciseId));
        foreach (var (item, block) in items.Zip(blocks))
        {
            var text = HtmlPage.Collapse(item.TextContent);
            item.QuerySelector("h3").ShouldNotBeNull().TextContent.Trim().ShouldBe(block.Name);
            item.QuerySelector("h3 a").ShouldNotBeNull().GetAttribute("href").ShouldBe($"/exercises/{block.ExerciseId}");
            text.ShouldContain(block.Why);
            text.ShouldContain($"Sources: {string.Join(", ", block.Sources)}");
            text.ShouldContain(block.HoldSeconds > 0 && block.Part is not (SessionPart.WarmUp or SessionPart.Mobility)
                ? $"{block.Reps} × {block.HoldSeconds} s hold"
                : $"{block.Reps} reps");
            if (block.Sides == Sides.Each)
            {
                text.ShouldContain("each side");
            }
        }

        page.Text.ShouldContain($"Session · {plan.Session.TotalSeconds / 60} min");
    }

    [Fact]
    public async Task An_ok_plan_shows_heat_or_cold_times_habits_and_the_sources_it_cites()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, form => form.Set("Form.ThermalPreference", "heat").Check("Form.Equipment", "heat-pack"));
        var plan = await Journeys.StoredPlanAsync(app, planId);
        plan.Thermal.ShouldNotBeEmpty();
        plan.Habits.ShouldNotBeEmpty();

        var page = await _browser.OpenAsync($"/plans/{planId}");

        var times = page.FindAll("ul.times > li").Select(li => HtmlPage.Collapse(li.TextContent)).ToList();
        times.Count.ShouldBe(plan.Thermal.Count);
        foreach (var (line, step) in times.Zip(plan.Thermal))
        {
            line.ShouldStartWith($"{Clock(step.From)}–{Clock(step.Until)}");
            line.ShouldContain($"{step.Minutes} min");
            line.ShouldContain(KnowledgeBase.Embedded.Find(step.TherapyId)?.Name ?? step.TherapyId);
        }

        foreach (var habit in plan.Habits)
        {
            page.Text.ShouldContain(habit.Text);
        }

        var cited = page.FindAll("ul.sources > li strong").Select(s => s.TextContent).ToList();
        cited.ShouldBe(plan.Sources.Select(s => s.Id));
        cited.ShouldContain("S0");
    }

    [Fact]
    public async Task An_unknown_plan_is_not_found()
    {
        var page = await _browser.GetAsync($"/plans/{Guid.NewGuid()}");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Find("h1").TextContent.ShouldBe("Not found");
    }

    [Fact]
    public async Task A_plan_address_that_is_not_an_id_is_not_found()
    {
        var page = await _browser.GetAsync("/plans/today");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_emergency_plan_says_emergency_department_and_has_no_start_button()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, form => form.Check("Form.RedFlags", "bladder-change"));

        var page = await _browser.OpenAsync($"/plans/{planId}");

        page.Text.ShouldContain("emergency department");
        page.Has("#start-session").ShouldBeFalse();
        page.Has("form").ShouldBeFalse();
        page.Find("a.button.danger").GetAttribute("href").ShouldStartWith("tel:");
        page.Document.Body!.ClassList.ShouldContain("stop");
    }

    [Fact]
    public async Task An_urgent_plan_says_see_a_doctor_today_and_has_no_start_button()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, form => form.Check("Form.RedFlags", "fever"));

        var page = await _browser.OpenAsync($"/plans/{planId}");

        page.Find(".stop-page").GetAttribute("data-status").ShouldBe("urgent");
        page.Find("h1").TextContent.ShouldBe("See a doctor today");
        page.Has("#start-session").ShouldBeFalse();
    }

    [Fact]
    public async Task Starting_an_ok_plan_creates_a_session_and_redirects_to_it()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);
        var page = await _browser.OpenAsync($"/plans/{planId}");
        page.Find("#start-session").TextContent.ShouldBe("Start the session");

        var response = await _browser.SubmitAsync(page.FormOf("#start-session"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sessionId = Journeys.SessionIdOf(Browser.LocationOf(response));
        var session = await app.WithDbAsync(db => db.Sessions.SingleAsync(s => s.Id == sessionId));
        session.PlanId.ShouldBe(planId);
        session.StartedAt.ShouldBe(Now.UtcDateTime);
        session.EndedAt.ShouldBeNull();
    }

    [Fact]
    public async Task Starting_again_resumes_the_open_session_instead_of_making_another()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);
        var first = await Journeys.StartSessionAsync(_browser, planId);

        var page = await _browser.OpenAsync($"/plans/{planId}");
        page.Find("#start-session").TextContent.ShouldBe("Resume the session");
        var second = await Journeys.StartSessionAsync(_browser, planId);

        second.ShouldBe(first);
        (await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.PlanId == planId))).ShouldBe(1);
    }

    [Fact]
    public async Task Start_on_a_red_flag_plan_creates_no_session()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, form => form.Check("Form.RedFlags", "both-legs"));
        var form = (await _browser.OpenAsync("/check-in")).Form("#check-in");
        var start = StartForm(planId, form.Get(Journeys.AntiforgeryField)!);

        var response = await _browser.SubmitAsync(start);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe($"/plans/{planId}");
        (await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.PlanId == planId))).ShouldBe(0);
    }

    [Fact]
    public async Task Start_without_the_antiforgery_token_is_rejected_and_creates_no_session()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);
        var page = await _browser.OpenAsync($"/plans/{planId}");

        var response = await _browser.SubmitAsync(page.FormOf("#start-session").Remove(Journeys.AntiforgeryField));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.PlanId == planId))).ShouldBe(0);
    }

    [Fact]
    public async Task Start_on_an_unknown_plan_is_not_found()
    {
        var form = (await _browser.OpenAsync("/check-in")).Form("#check-in");

        var response = await _browser.SubmitAsync(StartForm(Guid.NewGuid(), form.Get(Journeys.AntiforgeryField)!));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_first_part_of_an_ok_plan_says_the_minutes_the_number_of_exercises_and_the_stage_then_offers_start()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);
        var plan = await Journeys.StoredPlanAsync(app, planId);
        var session = plan.Session.ShouldNotBeNull();

        var page = await _browser.OpenAsync($"/plans/{planId}");

        var facts = page.FindAll("#today-facts > div")
            .ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        facts["Time"].ShouldBe($"{Math.Round(session.TotalSeconds / 60.0, MidpointRounding.AwayFromZero)} min");
        facts["Exercises"].ShouldBe(session.Blocks.Count.ToString(CultureInfo.InvariantCulture));
        facts["Stage"].ShouldBe(ShowModel.StageName(plan.Stage));

        // Start comes before the cautions and the session outline in the page, so it is on the first screen.
        var order = page.FindAll("#today-facts, #start-session, ul.cautions, ol.blocks").Select(e => string.IsNullOrEmpty(e.Id) ? e.ClassName : e.Id).ToList();
        order.ShouldBe(["today-facts", "start-session", "cautions", "blocks"]);
    }

    [Fact]
    public async Task Each_caution_is_one_closed_summary_line_that_opens_to_its_full_text_and_sources()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, form => form.Set("Form.Pain", "9"));
        var plan = await Journeys.StoredPlanAsync(app, planId);
        var cautions = plan.Advice.Where(a => a.Level == AdviceLevel.Caution).ToList();
        cautions.Select(c => c.Code).ShouldContain("severe-pain");

        var page = await _browser.OpenAsync($"/plans/{planId}");

        var shown = page.FindAll("ul.cautions details");
        shown.Select(d => d.GetAttribute("data-code")).ShouldBe(cautions.Select(c => c.Code));
        foreach (var (details, caution) in shown.Zip(cautions))
        {
            details.HasAttribute("open").ShouldBeFalse(caution.Code);
            var summary = details.QuerySelector("summary").ShouldNotBeNull().TextContent;
            summary.ShouldBe(CautionSummary.Of(caution));
            summary.Length.ShouldBeLessThanOrEqualTo(70, caution.Code);
            HtmlPage.Collapse(details.TextContent).ShouldContain(caution.Text);
            HtmlPage.Collapse(details.TextContent).ShouldContain($"Sources: {string.Join(", ", caution.Sources)}");
        }
    }

    [Fact]
    public void Every_written_caution_summary_fits_on_one_phone_line()
    {
        foreach (var code in CautionSummary.Codes)
        {
            CautionSummary.Of(new Advice(code, AdviceLevel.Caution, "Long text. More.", [])).Length.ShouldBeLessThanOrEqualTo(70, code);
        }
    }

    [Fact]
    public void A_caution_without_a_written_summary_shows_its_first_sentence()
    {
        var advice = new Advice("new-caution", AdviceLevel.Caution, "Keep the knee soft. Never lock it straight.", []);

        CautionSummary.Of(advice).ShouldBe("Keep the knee soft");
    }

    [Fact]
    public async Task A_post_to_the_plan_that_names_no_handler_is_method_not_allowed_and_creates_no_session()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);
        var token = (await _browser.OpenAsync($"/plans/{planId}")).FormOf("#start-session").Get(Journeys.AntiforgeryField)!;

        var response = await _browser.SubmitAsync(FormData.To($"/plans/{planId}", (Journeys.AntiforgeryField, token)));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["GET"]);
        var page = await Browser.ParseAsync($"/plans/{planId}", response);
        page.Find("h1").TextContent.ShouldBe("That cannot be done here");
        (await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.PlanId == planId))).ShouldBe(0);
    }

    [Theory]
    [InlineData("NextDay")]
    [InlineData("start-nothing")]
    public async Task A_post_to_a_handler_the_plan_does_not_have_is_not_found_and_creates_no_session(string handler)
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);
        var token = (await _browser.OpenAsync($"/plans/{planId}")).FormOf("#start-session").Get(Journeys.AntiforgeryField)!;

        var response = await _browser.SubmitAsync(FormData.To($"/plans/{planId}?handler={handler}", (Journeys.AntiforgeryField, token)));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Browser.ParseAsync($"/plans/{planId}", response)).Find("h1").TextContent.ShouldBe("Not found");
        (await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.PlanId == planId))).ShouldBe(0);
    }

    private static FormData StartForm(Guid planId, string token) =>
        FormData.To($"/plans/{planId}?handler=Start", (Journeys.AntiforgeryField, token));

    private static string Clock(DateTimeOffset moment) => moment.ToString("HH:mm", CultureInfo.InvariantCulture);
}
