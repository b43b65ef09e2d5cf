using System.Net;
using System.Text.Json.Nodes;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;
using Limber.Web.Pages;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Pages.CheckIn;

public sealed class CheckInPageTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    /// <summary>The contract's red-flag codes, in the contract's order.</summary>
    private static readonly string[] RedFlagCodes =
    [
        "saddle-numbness", "bladder-change", "bowel-change", "sexual-function-change", "both-legs", "major-trauma",
        "abdominal-pain-faintness", "leg-weakness-worsening", "fever", "kidney-pain", "infection-risk", "cancer-history",
        "unexplained-weight-loss", "night-pain", "minor-trauma-bone-risk", "no-improvement-6-weeks", "inflammatory-pattern",
        "recent-spine-surgery",
    ];

    private readonly Browser _browser = app.CreateBrowser();

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task The_safety_questions_come_before_every_other_question()
    {
        var page = await _browser.OpenAsync("/check-in");

        var questions = page.FindAll("#check-in input:not([type=hidden]), #check-in select, #check-in textarea")
            .Select(e => e.GetAttribute("name"))
            .ToList();
        var safety = questions.TakeWhile(name => name == "Form.RedFlags").Count();

        safety.ShouldBe(RedFlagCodes.Length);
        questions.Skip(safety).ShouldNotContain("Form.RedFlags");
        page.FindAll("#check-in input[name='Form.RedFlags']").Select(e => e.GetAttribute("value")).ShouldBe(RedFlagCodes, ignoreOrder: true);
        page.FindAll("#check-in input[name='Form.RedFlags'][checked]").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_valid_check_in_redirects_to_its_plan()
    {
        var response = await _browser.SubmitAsync(await Journeys.FilledCheckInAsync(_browser, Now));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var planId = Journeys.PlanIdOf(Browser.LocationOf(response));
        var plan = await _browser.FollowAsync(response);
        plan.Status.ShouldBe(HttpStatusCode.OK);
        plan.Find("h1").TextContent.ShouldBe("Today's plan");
        (await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Id == planId))).ShouldBeTrue();
    }

    [Fact]
    public async Task The_stored_intake_holds_the_answers_and_the_stored_plan_is_the_engines_plan_for_it()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, form => form
            .Set("Form.PainSpread", "buttock")
            .Check("Form.Conditions", "knee-problem")
            .Set("Form.ThermalPreference", "heat")
            .Check("Form.Equipment", "heat-pack"));

        var stored = await app.WithDbAsync(db => db.Plans.Include(p => p.CheckIn).SingleAsync(p => p.Id == planId));
        var intake = JsonNode.Parse(stored.CheckIn!.IntakeJson)!;
        intake["age"]!.GetValue<int>().ShouldBe(40);
        intake["pain"]!.GetValue<int>().ShouldBe(4);
        intake["stiffness"]!.GetValue<int>().ShouldBe(6);
        intake["painSpread"]!.GetValue<string>().ShouldBe("buttock");
        intake["conditions"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["knee-problem"]);
        intake["equipment"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldBe(["mat", "chair", "heat-pack"], ignoreOrder: true);
        var read = IntakeReader.Read(stored.CheckIn.IntakeJson, Now);
        read.Problems.ShouldBeEmpty();
        stored.PlanJson.ShouldBe(LimberJson.Serialize(new DailyPlanner(KnowledgeBase.Embedded).Create(read.Intake!)));
        stored.PainBefore.ShouldBe(4);
        stored.StiffnessBefore.ShouldBe(6);
    }

    [Fact]
    public async Task Pain_above_ten_is_shown_next_to_the_pain_scale_and_every_other_answer_is_kept()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, TypeEverything);
        form.Set("Form.Pain", "11");
        var plansBefore = await PlanCountAsync();

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.Pain").ShouldMatch(@"(?i)pain.*\b0\b.*\b10\b");
        page.ErrorNextTo("Form.Age").ShouldBeEmpty();
        page.ErrorNextTo("Form.Stiffness").ShouldBeEmpty();
        page.Has("#form-errors").ShouldBeTrue();
        ShouldKeep(page, form, except: "Form.Pain");
        page.FindAll("input[name='Form.Pain'][checked]").ShouldBeEmpty();
        (await PlanCountAsync()).ShouldBe(plansBefore);
    }

    [Fact]
    public async Task A_missing_age_is_shown_next_to_the_age_and_every_answer_is_kept()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, TypeEverything);
        form.Set("Form.Age", "");

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.Age").ShouldMatch("(?i)age");
        page.ErrorNextTo("Form.Pain").ShouldBeEmpty();
        page.ErrorNextTo("Form.EpisodeStarted").ShouldBeEmpty();
        ShouldKeep(page, form);
        page.Find("input[name='Form.Equipment'][value='mat']").HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task A_field_in_error_is_marked_invalid_for_screen_readers_and_described_by_its_message()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f.Set("Form.Age", "").Set("Form.Minutes", "90"));

        var page = await _browser.SubmitForPageAsync(form);

        foreach (var id in (string[])["age", "minutes"])
        {
            var input = page.Find($"#{id}");
            input.GetAttribute("aria-invalid").ShouldBe("true", id);
            var described = page.Document.GetElementById(input.GetAttribute("aria-describedby").ShouldNotBeNull(id)).ShouldNotBeNull(id);
            described.TextContent.Trim().ShouldNotBeEmpty(id);
        }

        page.Find("#started").GetAttribute("aria-invalid").ShouldBe("false");
    }

    [Fact]
    public async Task An_age_below_sixteen_is_refused_next_to_the_age_and_the_typed_age_is_kept()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f.Set("Form.Age", "15"));

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.Age").ShouldContain("Limber is for adults");
        page.Find("#age").GetAttribute("value").ShouldBe("15");
    }

    [Fact]
    public async Task A_start_date_in_the_future_is_shown_next_to_the_start_date_and_every_answer_is_kept()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, TypeEverything);
        form.Set("Form.EpisodeStarted", Journeys.Local(Now.AddDays(2)));

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.EpisodeStarted").ShouldMatch("(?i)future|after now");
        page.ErrorNextTo("Form.Age").ShouldBeEmpty();
        ShouldKeep(page, form);
        page.Find("#started").GetAttribute("value").ShouldBe(Journeys.Local(Now.AddDays(2)));
    }

    [Fact]
    public async Task Pregnancy_without_weeks_asks_for_the_weeks_next_to_that_field_and_keeps_the_ticked_condition()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, TypeEverything);
        form.Check("Form.Conditions", "pregnancy").Set("Form.PregnancyWeeks", "");

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.PregnancyWeeks").ShouldMatch("(?i)weeks");
        page.ErrorNextTo("Form.Age").ShouldBeEmpty();
        page.Find("input[name='Form.Conditions'][value='pregnancy']").HasAttribute("checked").ShouldBeTrue();
        ShouldKeep(page, form);
    }

    [Fact]
    public async Task Pregnancy_with_weeks_makes_a_plan()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, form => form.Check("Form.Conditions", "pregnancy").Set("Form.PregnancyWeeks", "20"));

        var plan = await Journeys.StoredPlanAsync(app, planId);

        plan.Status.ShouldBe(PlanStatus.Ok);
    }

    [Theory]
    [InlineData("Form.Minutes", "3", "from 5 to 60")]
    [InlineData("Form.Age", "forty", "16 to 110")]
    [InlineData("Form.Stiffness", "-1", "10")]
    [InlineData("Form.Cause", "gardening", "gardening")]
    public async Task A_value_out_of_range_is_shown_next_to_its_own_field(string field, string value, string message)
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f.Set(field, value));

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo(field).ShouldContain(message);
        foreach (var other in ((string[])["Form.Age", "Form.Minutes", "Form.Pain", "Form.EpisodeStarted"]).Where(o => o != field))
        {
            page.ErrorNextTo(other).ShouldBeEmpty(other);
        }
    }

    [Fact]
    public async Task A_typed_age_that_is_not_a_number_is_kept_as_typed()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f.Set("Form.Age", "forty"));

        var page = await _browser.SubmitForPageAsync(form);

        page.Find("#age").GetAttribute("value").ShouldBe("forty");
    }

    [Fact]
    public async Task Codes_the_form_does_not_offer_are_refused_next_to_their_question()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f.Check("Form.RedFlags", "headache").Check("Form.Equipment", "kettlebell"));

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.RedFlags").ShouldContain("headache");
        page.ErrorNextTo("Form.Equipment").ShouldContain("kettlebell");
    }

    [Fact]
    public async Task A_check_in_that_skipped_the_safety_questions_is_sent_back_to_them_and_makes_no_plan()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f.Uncheck("Form.NoRedFlags", "true"));
        var plansBefore = await PlanCountAsync();

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.RedFlags").ShouldContain("None of these apply to me");
        page.Find("#no-red-flags").GetAttribute("aria-invalid").ShouldBe("true");
        (await PlanCountAsync()).ShouldBe(plansBefore);
    }

    [Fact]
    public async Task The_safety_list_has_a_real_none_of_these_control_and_no_hidden_answer()
    {
        var page = await _browser.OpenAsync("/check-in");

        var none = page.Find("#no-red-flags");
        none.GetAttribute("type").ShouldBe("checkbox");
        none.GetAttribute("name").ShouldBe("Form.NoRedFlags");
        none.HasAttribute("checked").ShouldBeFalse();
        page.Find("label:has(#no-red-flags)").TextContent.Trim().ShouldBe("None of these apply to me");
        page.FindAll("#check-in input[type=hidden]").Select(e => e.GetAttribute("name")).ShouldBe(["Form.OffsetMinutes", "Form.Token", "Form.FirstEpisode", Journeys.AntiforgeryField], ignoreOrder: true);
    }

    [Theory]
    [InlineData("saddle-numbness", "emergency")]
    [InlineData("fever", "urgent")]
    [InlineData("cancer-history", "soon")]
    public async Task A_red_flag_alone_reaches_its_stop_page_with_every_other_answer_empty(string flag, string status)
    {
        var form = (await _browser.OpenAsync("/check-in")).Form("#check-in")
            .Remove("Form.Age").Remove("Form.EpisodeStarted").Remove("Form.EpisodeAgo").Remove("Form.Minutes")
            .Check("Form.RedFlags", flag);

        var response = await _browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var page = await _browser.FollowAsync(response);
        page.Find(".stop-page").GetAttribute("data-status").ShouldBe(status);
        page.Find("h1").TextContent.ShouldBe(Labels.StopTitle(Enum.Parse<PlanStatus>(status, ignoreCase: true)));
        var stored = await app.WithDbAsync(db => db.Plans.Include(p => p.CheckIn).SingleAsync(p => p.Id == Journeys.PlanIdOf(Browser.LocationOf(response))));
        stored.Status.ShouldBe(status);
        JsonNode.Parse(stored.CheckIn!.IntakeJson)!["redFlags"]!.AsArray().Select(f => f!.GetValue<string>()).ShouldBe([flag]);
    }

    [Fact]
    public async Task A_red_flag_wins_over_invalid_answers_and_over_a_ticked_none_of_these()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f
            .Set("Form.Age", "forty").Set("Form.Pain", "11").Set("Form.EpisodeStarted", "soon")
            .Check("Form.RedFlags", "both-legs"));
        form.GetAll("Form.NoRedFlags").ShouldBe(["true"]);

        var response = await _browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _browser.FollowAsync(response)).Find(".stop-page").GetAttribute("data-status").ShouldBe("emergency");
    }

    [Theory]
    [InlineData("today", "2026-11-18T00:00:00+02:00")]
    [InlineData("days", "2026-11-16T00:00:00+02:00")]
    [InlineData("week", "2026-11-11T00:00:00+02:00")]
    [InlineData("weeks", "2026-10-28T00:00:00+02:00")]
    [InlineData("months", "2026-08-19T00:00:00+02:00")]
    public async Task A_quick_answer_for_the_start_of_the_bout_is_a_date_in_the_persons_own_time_zone(string choice, string expected)
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, f => f
            .Set("Form.OffsetMinutes", "120")
            .Set("Form.EpisodeAgo", choice));

        var stored = await app.WithDbAsync(db => db.CheckIns.Where(c => c.Plans.Any(p => p.Id == planId)).Select(c => c.IntakeJson).SingleAsync());
        JsonNode.Parse(stored)!["episodeStarted"]!.GetValue<string>().ShouldBe(expected);
    }

    [Fact]
    public async Task A_date_alone_is_enough_for_the_start_of_the_bout()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, f => f.Remove("Form.EpisodeAgo").Set("Form.EpisodeStarted", "2026-11-02"));

        var stored = await app.WithDbAsync(db => db.CheckIns.Where(c => c.Plans.Any(p => p.Id == planId)).Select(c => c.IntakeJson).SingleAsync());
        JsonNode.Parse(stored)!["episodeStarted"]!.GetValue<string>().ShouldBe("2026-11-02T00:00:00+00:00");
    }

    [Fact]
    public async Task A_returning_person_gets_last_times_lasting_answers_but_never_the_red_flags_or_none_of_these()
    {
        using var fresh = new LimberWebFactory();
        using var browser = fresh.CreateBrowser();
        var first = await browser.OpenAsync("/check-in");
        first.Has("#lasting[open]").ShouldBeTrue();
        await Journeys.CheckInAsync(browser, fresh.Clock.GetUtcNow(), f => f
            .Set("Form.Age", "61").Check("Form.Conditions", "knee-problem").Set("Form.CanKneel", "no").Check("Form.Equipment", "towel"));
        fresh.Clock.Advance(TimeSpan.FromDays(1));
        // A stop whose other answers were left empty is stored too, but has no lasting answers to offer.
        await Journeys.CheckInAsync(browser, fresh.Clock.GetUtcNow(), f => f.Set("Form.Age", "").Check("Form.RedFlags", "night-pain").Uncheck("Form.NoRedFlags", "true"));

        var page = await browser.OpenAsync("/check-in");

        page.Find("#age").GetAttribute("value").ShouldBe("61");
        page.FindAll("input[name='Form.Conditions'][checked]").Select(e => e.GetAttribute("value")).ShouldBe(["knee-problem"]);
        page.Find("input[name='Form.CanKneel'][value=no]").HasAttribute("checked").ShouldBeTrue();
        page.FindAll("input[name='Form.Equipment'][checked]").Select(e => e.GetAttribute("value")).ShouldBe(["mat", "chair", "towel"], ignoreOrder: true);
        page.FindAll("input[name='Form.RedFlags'][checked]").ShouldBeEmpty();
        page.Find("#no-red-flags").HasAttribute("checked").ShouldBeFalse();
        page.Has("#lasting[open]").ShouldBeFalse();
        page.Find("#lasting-summary").TextContent.ShouldContain("A knee problem");
    }

    [Fact]
    public async Task A_start_time_is_read_in_the_persons_own_time_zone()
    {
        var local = Now.ToOffset(TimeSpan.FromHours(2));

        var planId = await Journeys.CheckInAsync(_browser, Now, f => f
            .Set("Form.OffsetMinutes", "120")
            .Set("Form.EpisodeStarted", Journeys.Local(local.AddMinutes(-30))));

        var stored = await app.WithDbAsync(db => db.CheckIns.Where(c => c.Plans.Any(p => p.Id == planId)).Select(c => c.IntakeJson).SingleAsync());
        var intake = JsonNode.Parse(stored)!;
        intake["episodeStarted"]!.GetValue<string>().ShouldBe(local.AddMinutes(-30).ToString("yyyy-MM-dd'T'HH:mm:00+02:00", System.Globalization.CultureInfo.InvariantCulture));
        intake["now"]!.GetValue<string>().ShouldEndWith("+02:00");
        (await Journeys.StoredPlanAsync(app, planId)).Now.Offset.ShouldBe(TimeSpan.FromHours(2));
    }

    [Fact]
    public async Task A_start_time_later_today_west_of_utc_is_in_the_future()
    {
        var local = Now.ToOffset(TimeSpan.FromHours(-5));
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f
            .Set("Form.OffsetMinutes", "-300")
            .Set("Form.EpisodeStarted", Journeys.Local(local.AddHours(1))));

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ErrorNextTo("Form.EpisodeStarted").ShouldMatch("(?i)future|after now");
    }

    [Fact]
    public async Task A_red_flag_leads_to_a_plan_page_with_the_stop_content_and_no_start_button()
    {
        var response = await _browser.SubmitAsync(await Journeys.FilledCheckInAsync(_browser, Now, f => f.Check("Form.RedFlags", "saddle-numbness")));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await _browser.FollowAsync(response);
        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Find(".stop-page").GetAttribute("data-status").ShouldBe("emergency");
        page.Find("h1").TextContent.ShouldContain("emergency department");
        page.Text.ShouldContain("Do not start the exercises");
        page.Has("#start-session").ShouldBeFalse();
        page.Has("ol.blocks").ShouldBeFalse();
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected_and_makes_no_plan()
    {
        var form = await Journeys.FilledCheckInAsync(_browser, Now);
        form.Remove(Journeys.AntiforgeryField);
        var plansBefore = await PlanCountAsync();

        var response = await _browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await PlanCountAsync()).ShouldBe(plansBefore);
    }

    [Fact]
    public async Task The_next_check_in_starts_from_the_lasting_answers_but_not_the_symptoms()
    {
        await Journeys.CheckInAsync(_browser, Now, form => form.Set("Form.Age", "57").Check("Form.Equipment", "foam-roller").Set("Form.Minutes", "25"));

        var page = await _browser.OpenAsync("/check-in");

        page.Find("#age").GetAttribute("value").ShouldBe("57");
        page.Find("#minutes").GetAttribute("value").ShouldBe("25");
        page.FindAll("input[name='Form.Equipment'][checked]").Select(e => e.GetAttribute("value")).ShouldBe(["mat", "chair", "foam-roller"], ignoreOrder: true);
        page.FindAll("input[name='Form.Pain'][checked]").ShouldBeEmpty();
        page.FindAll("input[name='Form.Stiffness'][checked]").ShouldBeEmpty();
    }

    [Fact]
    public async Task Finished_sessions_go_into_the_next_check_in_as_history_and_unfinished_ones_do_not()
    {
        using var fresh = new LimberWebFactory();
        using var browser = fresh.CreateBrowser();
        var (_, rated) = await Journeys.StartTodaysSessionAsync(browser, fresh.Clock.GetUtcNow());
        await Journeys.FinishAsync(browser, rated);
        using (var rating = await browser.Client.PostAsync(
            new Uri($"/api/sessions/{rated}/rating", UriKind.Relative),
            new StringContent("""{"painAfter": 2, "stiffnessAfter": 3, "difficulty": "too-easy"}""", System.Text.Encoding.UTF8, "application/json")))
        {
            rating.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        fresh.Clock.Advance(TimeSpan.FromDays(1));
        await Journeys.StartTodaysSessionAsync(browser, fresh.Clock.GetUtcNow());

        var planId = await Journeys.CheckInAsync(browser, fresh.Clock.GetUtcNow());

        var intake = JsonNode.Parse(await fresh.WithDbAsync(db => db.CheckIns.Where(c => c.Plans.Any(p => p.Id == planId)).Select(c => c.IntakeJson).SingleAsync()))!;
        var history = intake["history"]!.AsArray();
        var session = history.ShouldHaveSingleItem()!;
        session["date"]!.GetValue<string>().ShouldBe("2026-11-18T09:00:00Z");
        session["completed"]!.GetValue<bool>().ShouldBeTrue();
        session["stage"]!.GetValue<string>().ShouldBe("mobility");
        session["painBefore"]!.GetValue<int>().ShouldBe(4);
        session["stiffnessBefore"]!.GetValue<int>().ShouldBe(6);
        session["painAfter"]!.GetValue<int>().ShouldBe(2);
        session["stiffnessAfter"]!.GetValue<int>().ShouldBe(3);
        session["difficulty"]!.GetValue<string>().ShouldBe("too-easy");
    }

    [Fact]
    public async Task Typed_markup_is_kept_as_text_and_never_becomes_part_of_the_page()
    {
        const string typed = "\"><script>alert(1)</script>";
        var form = await Journeys.FilledCheckInAsync(_browser, Now, f => f.Set("Form.Age", typed).Set("Form.PregnancyWeeks", typed));

        var page = await _browser.SubmitForPageAsync(form);

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.Find("#age").GetAttribute("value").ShouldBe(typed);
        page.Find("#weeks").GetAttribute("value").ShouldBe(typed);
        page.FindAll("script:not([src]):not([type=importmap])").ShouldBeEmpty();
    }

    /// <summary>Answers every question on the form with a non-default value, so keeping them can be checked.</summary>
    private void TypeEverything(FormData form) => form
        .Set("Form.Age", "52")
        .Set("Form.EpisodeStarted", Journeys.Local(Now.AddDays(-10)))
        .Check("Form.FirstEpisode", "true")
        .Set("Form.Cause", "lifting")
        .Set("Form.Pain", "3")
        .Set("Form.Stiffness", "7")
        .Set("Form.PainSpread", "thigh")
        .Check("Form.Conditions", "knee-problem")
        .Check("Form.Conditions", "high-blood-pressure")
        .Set("Form.CanGetToFloor", "no")
        .Set("Form.CanKneel", "no")
        .Check("Form.Equipment", "towel")
        .Set("Form.Minutes", "30")
        .Set("Form.ThermalPreference", "cold");

    /// <summary>The re-rendered form would send back exactly what was posted (bar the token and <paramref name="except"/>).</summary>
    private static void ShouldKeep(HtmlPage page, FormData posted, string? except = null)
    {
        var again = page.Form("#check-in");
        string[] Answers(FormData f) =>
        [
            .. f.Fields
                .Where(x => x.Key != Journeys.AntiforgeryField && x.Key != except)
                .Select(x => $"{x.Key}={x.Value}")
                .Order(StringComparer.Ordinal),
        ];
        Answers(again).ShouldBe(Answers(posted));
    }

    private Task<int> PlanCountAsync() => app.WithDbAsync(db => db.Plans.CountAsync());
}
