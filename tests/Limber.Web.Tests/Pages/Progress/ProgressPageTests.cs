using System.Net;
using System.Text.Json.Nodes;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Pages.Progress;

/// <summary>The progress page and its printable summary read everything stored, so each test gets its own app.</summary>
public sealed class ProgressPageTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly Browser _browser;

    public ProgressPageTests() => _browser = _app.CreateBrowser();

    private DateTimeOffset Now => _app.Clock.GetUtcNow();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    [Fact]
    public async Task With_nothing_recorded_progress_says_so_and_offers_the_check_in()
    {
        var page = await _browser.OpenAsync("/progress");

        page.Find("#progress-empty a").GetAttribute("href").ShouldBe("/check-in");
        page.Has("#changes").ShouldBeFalse();
    }

    [Fact]
    public async Task Pain_two_points_lower_than_the_first_check_in_is_a_real_improvement_in_plain_words()
    {
        await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.Pain", "6"));
        _app.Clock.Advance(TimeSpan.FromDays(14));
        await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.Pain", "4"));

        var page = await _browser.OpenAsync("/progress");

        var row = page.Find("#changes tr[data-measure=pain]");
        row.GetAttribute("data-meaningful").ShouldBe("true");
        var cells = row.QuerySelectorAll("td").Select(c => HtmlPage.Collapse(c.TextContent)).ToList();
        cells[0].ShouldBe("6 out of 10 (18 Nov 2026)");
        cells[1].ShouldBe("4 out of 10 (2 Dec 2026)");
        cells[2].ShouldBe("−2");
        cells[3].ShouldBe("Pain: 6 out of 10 at the start, 4 out of 10 now, 2 points lower than at the start. A real improvement (it is at least 2 points and at least 30% of where you started).");
    }

    [Fact]
    public async Task A_one_point_change_in_pain_is_not_called_real()
    {
        await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.Pain", "7"));
        _app.Clock.Advance(TimeSpan.FromDays(7));
        await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.Pain", "6"));

        var row = (await _browser.OpenAsync("/progress")).Find("#changes tr[data-measure=pain]");

        row.GetAttribute("data-meaningful").ShouldBe("false");
        row.TextContent.ShouldContain("a change needs 2 points or 30% of where you started to count");
    }

    [Fact]
    public async Task Morning_stiffness_given_at_check_in_is_stored_in_the_intake_and_charted_by_week()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.MorningStiffnessMinutes", "45"));

        var stored = await _app.WithDbAsync(db => db.CheckIns.Where(c => c.Plans.Any(p => p.Id == planId)).Select(c => c.IntakeJson).SingleAsync());
        JsonNode.Parse(stored)!["morningStiffnessMinutes"]!.GetValue<int>().ShouldBe(45);
        var page = await _browser.OpenAsync("/progress");
        page.FindAll("#chart-morning table tbody td").Select(c => c.TextContent).First().ShouldBe("45 min");
        page.Find("#chart-morning svg desc").TextContent.ShouldContain("45 min");
        page.Find("#chart-pain table tbody td").TextContent.ShouldBe("4 out of 10");
        page.Find("#chart-stiffness table tbody td").TextContent.ShouldBe("6 out of 10");
    }

    [Theory]
    [InlineData("241")]
    [InlineData("-5")]
    [InlineData("half an hour")]
    public async Task Morning_stiffness_outside_0_to_240_minutes_gets_a_clear_message_and_keeps_every_answer(string typed)
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f.Set("Form.MorningStiffnessMinutes", typed));

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.MorningStiffnessMinutes").ShouldBe($"Enter how many minutes it took to loosen up, a whole number from 0 to 240, or leave it empty (you entered {typed}).");
        page.Find("#morning-stiffness").GetAttribute("value").ShouldBe(typed);
        page.Find("#age").GetAttribute("value").ShouldBe("40");
        (await _app.WithDbAsync(db => db.CheckIns.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Morning_stiffness_left_empty_is_not_sent_to_the_engine()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);

        var stored = await _app.WithDbAsync(db => db.CheckIns.Where(c => c.Plans.Any(p => p.Id == planId)).Select(c => c.IntakeJson).SingleAsync());
        JsonNode.Parse(stored)!.AsObject().ContainsKey("morningStiffnessMinutes").ShouldBeFalse();
    }

    [Fact]
    public async Task A_posted_start_back_band_is_ignored_the_check_in_only_uses_the_stored_one()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.StartBack", "high"));

        (await Journeys.StoredPlanAsync(_app, planId)).Advice.ShouldNotContain(a => a.Code == "startback-high");
    }

    [Fact]
    public async Task The_printable_summary_holds_the_changes_and_the_weekly_tables_and_loads_the_print_styles()
    {
        await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.Pain", "6").Set("Form.MorningStiffnessMinutes", "30"));
        _app.Clock.Advance(TimeSpan.FromDays(14));
        await Journeys.CheckInAsync(_browser, Now, f => f.Set("Form.Pain", "3").Set("Form.MorningStiffnessMinutes", "10"));

        var page = await _browser.OpenAsync("/progress/print");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Find("link[href^='/css/progress-print.']").ShouldNotBeNull();
        page.Find("h1").TextContent.ShouldBe("Back self-care: progress summary");
        page.Find("#summary header").TextContent.ShouldContain("covering 18 November 2026 to today");
        page.Find("#changes tr[data-measure=pain]").GetAttribute("data-meaningful").ShouldBe("true");
        page.FindAll("#chart-morning table tbody tr").Length.ShouldBe(2);
        page.Find("[data-print]").TextContent.ShouldBe("Print this summary");
    }

    [Fact]
    public async Task The_print_styles_hide_the_navigation_and_set_page_margins_for_a4_and_letter()
    {
        var css = await _browser.Client.GetStringAsync(new Uri("/css/progress-print.css", UriKind.Relative));

        css.ShouldContain("@page { margin: 15mm 14mm; }");
        css.ShouldContain(".top, .foot, .skip, .screen-only, .sync-status { display: none !important; }");
        css.ShouldNotContain("size: A4");
    }
}
