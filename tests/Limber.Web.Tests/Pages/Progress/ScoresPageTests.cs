using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Pages.Progress;

/// <summary>Clinician's forms typed in by number; each test gets its own app and database.</summary>
public sealed class ScoresPageTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly Browser _browser;

    public ScoresPageTests() => _browser = _app.CreateBrowser();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    private async Task<FormData> FormAsync(string id) => (await _browser.OpenAsync("/progress/scores")).Form(id);

    private async Task<HttpResponseMessage> RmdqAsync(params int[] ticked)
    {
        var form = await FormAsync("#rmdq");
        foreach (var item in ticked)
        {
            form.Check("Ticked", item.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return await _browser.SubmitAsync(form);
    }

    private async Task<FormData> StartBackAsync(params string[] answers)
    {
        var form = await FormAsync("#startback");
        for (var i = 0; i < answers.Length; i++)
        {
            form.Set($"Items[{i}]", answers[i]);
        }

        return form;
    }

    [Fact]
    public async Task The_page_shows_item_numbers_and_section_titles_but_no_statement_texts()
    {
        var page = await _browser.OpenAsync("/progress/scores");

        page.FindAll("#rmdq input[name=Ticked]").Length.ShouldBe(24);
        page.FindAll("#odi select").Length.ShouldBe(10);
        page.FindAll("#startback input[type=radio]").Length.ShouldBe(16);
        page.Text.ShouldNotContain("because of my back", Case.Insensitive);
        page.Text.ShouldNotContain("Worrying thoughts", Case.Insensitive);
    }

    [Fact]
    public async Task Rmdq_ticks_are_counted_and_shown_with_the_latest_scores()
    {
        var response = await RmdqAsync(1, 5, 24);

        Browser.LocationOf(response).ShouldBe("/progress?saved=rmdq");
        var page = await _browser.FollowAsync(response);
        HtmlPage.Collapse(page.Find("#latest-scores [data-instrument=rmdq]").TextContent).ShouldStartWith("Roland-Morris (RMDQ): 3 out of 24");
    }

    [Fact]
    public async Task An_rmdq_item_number_outside_1_to_24_is_refused_and_nothing_is_saved()
    {
        var form = FormData.To("/progress/scores?handler=Rmdq", ("Ticked", "3"), ("Ticked", "25"), (Journeys.AntiforgeryField, (await FormAsync("#rmdq")).Get(Journeys.AntiforgeryField)!));

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Find("#form-errors").TextContent.ShouldContain("tick item numbers from 1 to 24 only");
        page.Find("#rmdq input[name=Ticked][value='3']").HasAttribute("checked").ShouldBeTrue();
        (await _app.WithDbAsync(db => db.Questionnaires.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Oswestry_sections_are_scored_as_a_percentage_with_its_band()
    {
        var form = await FormAsync("#odi");
        for (var i = 0; i < 10; i++)
        {
            form.Set($"Sections[{i}]", "2");
        }

        var page = await _browser.FollowAsync(await _browser.SubmitAsync(form));

        HtmlPage.Collapse(page.Find("#latest-scores [data-instrument=odi]").TextContent).ShouldStartWith("Oswestry (ODI): 40%, moderate disability");
    }

    [Fact]
    public async Task An_oswestry_with_three_sections_empty_is_kept_but_has_no_score()
    {
        var form = await FormAsync("#odi");
        for (var i = 0; i < 7; i++)
        {
            form.Set($"Sections[{i}]", "3");
        }

        var page = await _browser.FollowAsync(await _browser.SubmitAsync(form));

        page.Find("#latest-scores [data-instrument=odi]").TextContent.ShouldContain("no score: 3 sections were left empty");
        page.Has("#changes tr[data-measure=odi]").ShouldBeFalse();
    }

    [Fact]
    public async Task A_start_back_form_with_an_item_unanswered_marks_it_and_keeps_the_other_answers()
    {
        var page = await _browser.SubmitForPageAsync(await StartBackAsync("1", "0", "1", "", "1", "1", "1", "1", "4"));

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Items[3]").ShouldBe("Answer item 4: agree or disagree.");
        page.Find("#startback input[name='Items[0]'][value='1']").HasAttribute("checked").ShouldBeTrue();
        page.Find("#item-8 option[selected]").GetAttribute("value").ShouldBe("4");
        (await _app.WithDbAsync(db => db.Questionnaires.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task A_start_back_item_a_browser_does_not_send_at_all_loses_none_of_the_answers_after_it()
    {
        var form = (await StartBackAsync("1", "0", "1", "", "1", "1", "0", "1", "2")).Remove("Items[3]");

        var page = await _browser.SubmitForPageAsync(form);

        page.ErrorNextTo("Items[3]").ShouldBe("Answer item 4: agree or disagree.");
        page.Find("#startback input[name='Items[4]'][value='1']").HasAttribute("checked").ShouldBeTrue();
        page.Find("#startback input[name='Items[6]'][value='0']").HasAttribute("checked").ShouldBeTrue();
        page.Find("#item-8 option[selected]").GetAttribute("value").ShouldBe("2");
    }

    [Fact]
    public async Task A_high_start_back_result_advises_a_psychologically_informed_physiotherapist_and_the_next_plan_carries_it()
    {
        var page = await _browser.FollowAsync(await _browser.SubmitAsync(await StartBackAsync("0", "0", "0", "0", "1", "1", "1", "1", "3")));

        page.Find("#latest-scores [data-instrument=startback] .band").TextContent.ShouldBe("high risk");
        page.Find("#startback-advice").TextContent.ShouldContain("physiotherapist");

        var planId = await Journeys.CheckInAsync(_browser, _app.Clock.GetUtcNow());
        (await Journeys.StoredPlanAsync(_app, planId)).Advice.ShouldContain(a => a.Code == "startback-high");
        var plan = await _browser.OpenAsync($"/plans/{planId}");
        plan.Find("[data-code=startback-high]").TextContent.ShouldContain("psychologically informed");
    }

    [Fact]
    public async Task A_low_start_back_result_adds_nothing_to_the_plan()
    {
        await _browser.SubmitAsync(await StartBackAsync("1", "1", "0", "0", "0", "0", "0", "0", "2"));

        var planId = await Journeys.CheckInAsync(_browser, _app.Clock.GetUtcNow());

        (await Journeys.StoredPlanAsync(_app, planId)).Advice.ShouldNotContain(a => a.Code == "startback-high");
    }

    [Fact]
    public async Task An_rmdq_five_points_lower_two_weeks_later_is_a_real_improvement()
    {
        await RmdqAsync(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        _app.Clock.Advance(TimeSpan.FromDays(14));
        await RmdqAsync(1, 2, 3, 4, 5, 6, 7);

        var page = await _browser.OpenAsync("/progress");

        var row = page.Find("#changes tr[data-measure=rmdq]");
        row.GetAttribute("data-meaningful").ShouldBe("true");
        HtmlPage.Collapse(row.TextContent).ShouldContain("12 out of 24 at the start, 7 out of 24 now, 5 points lower than at the start. A real improvement");
    }
}
