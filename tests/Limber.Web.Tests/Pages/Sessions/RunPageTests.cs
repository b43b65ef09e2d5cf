using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Web.Pages.Sessions;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages.Sessions;

public sealed class RunPageTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly Browser _browser = app.CreateBrowser();

    private DateTimeOffset Now => app.Clock.GetUtcNow();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task The_session_page_carries_the_plans_blocks_as_json()
    {
        var (planId, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var plan = await Journeys.StoredPlanAsync(app, planId);

        var page = await _browser.OpenAsync($"/sessions/{sessionId}");

        page.Find("#player").GetAttribute("data-session").ShouldBe(sessionId.ToString());
        using var data = SessionData(page);
        var root = data.RootElement;
        root.GetProperty("id").GetGuid().ShouldBe(sessionId);
        root.GetProperty("planId").GetGuid().ShouldBe(planId);
        var blocks = root.GetProperty("blocks").EnumerateArray().ToList();
        var planned = plan.Session.ShouldNotBeNull().Blocks;
        blocks.Count.ShouldBe(planned.Count);
        foreach (var (block, expected) in blocks.Zip(planned))
        {
            block.GetProperty("exerciseId").GetString().ShouldBe(expected.ExerciseId);
            block.GetProperty("name").GetString().ShouldBe(expected.Name);
            block.GetProperty("part").GetString().ShouldBe(Code.Of(expected.Part));
            block.GetProperty("sides").GetString().ShouldBe(Code.Of(expected.Sides));
            block.GetProperty("sets").GetInt32().ShouldBe(expected.Sets);
            block.GetProperty("reps").GetInt32().ShouldBe(expected.Reps);
            block.GetProperty("holdSeconds").GetInt32().ShouldBe(expected.HoldSeconds);
            block.GetProperty("seconds").GetInt32().ShouldBe(expected.Seconds);
            block.GetProperty("steps").GetArrayLength().ShouldBeGreaterThan(0, expected.ExerciseId);
            block.GetProperty("outcome").ValueKind.ShouldBe(JsonValueKind.Null);
        }
    }

    [Fact]
    public async Task After_progress_on_the_first_block_a_reload_resumes_with_its_outcome()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        string firstExercise;
        using (var before = SessionData(await _browser.OpenAsync($"/sessions/{sessionId}")))
        {
            firstExercise = before.RootElement.GetProperty("blocks")[0].GetProperty("exerciseId").GetString()!;
        }

        using var saved = await _browser.Client.PostAsJsonAsync(
            new Uri($"/api/sessions/{sessionId}/progress", UriKind.Relative),
            new { blockIndex = 0, exerciseId = firstExercise, outcome = "easier" });
        saved.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        using var after = SessionData(await _browser.OpenAsync($"/sessions/{sessionId}"));
        var blocks = after.RootElement.GetProperty("blocks");
        blocks[0].GetProperty("outcome").GetString().ShouldBe("easier");
        blocks[1].GetProperty("outcome").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Saved_progress_is_marked_on_its_block_when_the_page_loads_again()
    {
        var (planId, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var blocks = (await Journeys.StoredPlanAsync(app, planId)).Session!.Blocks;
        await Seed.ProgressAsync(app, sessionId, 0, blocks[0].ExerciseId, "done");
        await Seed.ProgressAsync(app, sessionId, 2, blocks[2].ExerciseId, "skipped");

        using var data = SessionData(await _browser.OpenAsync($"/sessions/{sessionId}"));

        data.RootElement.GetProperty("blocks").EnumerateArray().Take(4)
            .Select(b => b.GetProperty("outcome").ValueKind == JsonValueKind.Null ? "-" : b.GetProperty("outcome").GetString())
            .ShouldBe(["done", "-", "skipped", "-"]);
    }

    [Fact]
    public async Task An_ended_session_that_is_not_rated_redirects_to_the_rating()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Journeys.FinishAsync(_browser, sessionId);

        var response = await _browser.Client.GetAsync(new Uri($"/sessions/{sessionId}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe($"/sessions/{sessionId}/rate");
    }

    [Fact]
    public async Task A_rated_session_redirects_to_the_history()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        await Seed.RatingAsync(app, sessionId);

        var response = await _browser.Client.GetAsync(new Uri($"/sessions/{sessionId}", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe("/history");
    }

    [Fact]
    public async Task The_session_page_loads_the_player_with_its_styles_and_every_module_it_imports()
    {
        var (_, sessionId) = await Journeys.StartTodaysSessionAsync(_browser, Now);
        var page = await _browser.OpenAsync($"/sessions/{sessionId}");

        var assets = await PageAssets.LoadAsync(_browser, page);

        page.Find("script[src^='/js/player.']").GetAttribute("type").ShouldBe("module");
        ((string[])["/css/player.css", "/js/player.js", "/js/timeline.js", "/js/offline.js", "/js/words.js", "/js/cues.js", "/js/speech.js", "/js/figure.js", "/js/wakelock.js", "/js/hurts.js", "/js/view.js"]).ShouldBeSubsetOf(assets.Select(a => PageAssets.Plain(a.Path)));
        assets.Where(a => a.Status != HttpStatusCode.OK).ShouldBeEmpty();
    }

    [Fact]
    public async Task When_the_plan_asks_for_heat_first_the_session_page_carries_it_as_a_warm_up_with_its_minutes()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, f => f.Check("Form.Equipment", "heat-pack"));
        var sessionId = await Journeys.StartSessionAsync(_browser, planId);
        var thermal = (await Journeys.StoredPlanAsync(app, planId)).Thermal;
        thermal.ShouldNotBeEmpty();
        var heat = thermal[0];
        heat.Kind.ShouldBe(ThermalMode.Heat);

        using var data = SessionData(await _browser.OpenAsync($"/sessions/{sessionId}"));

        var warmUp = data.RootElement.GetProperty("warmUp");
        warmUp.GetProperty("therapyId").GetString().ShouldBe(heat.TherapyId);
        warmUp.GetProperty("name").GetString().ShouldBe(KnowledgeBase.Embedded.Find(heat.TherapyId)!.Name);
        warmUp.GetProperty("minutes").GetInt32().ShouldBe(heat.Minutes);
        warmUp.GetProperty("largeArea").GetBoolean().ShouldBeFalse();
        warmUp.GetProperty("steps").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Without_heat_first_in_the_plan_there_is_no_warm_up()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now);
        var sessionId = await Journeys.StartSessionAsync(_browser, planId);
        (await Journeys.StoredPlanAsync(app, planId)).Thermal.ShouldNotContain(t => t.Kind == ThermalMode.Heat);

        using var data = SessionData(await _browser.OpenAsync($"/sessions/{sessionId}"));

        data.RootElement.GetProperty("warmUp").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Once_an_exercise_is_recorded_the_warm_up_is_not_offered_again()
    {
        var planId = await Journeys.CheckInAsync(_browser, Now, f => f.Check("Form.Equipment", "heat-pack"));
        var sessionId = await Journeys.StartSessionAsync(_browser, planId);
        var blocks = (await Journeys.StoredPlanAsync(app, planId)).Session!.Blocks;
        await Seed.ProgressAsync(app, sessionId, 0, blocks[0].ExerciseId, "done");

        using var data = SessionData(await _browser.OpenAsync($"/sessions/{sessionId}"));

        data.RootElement.GetProperty("warmUp").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Progressive_muscle_relaxation_names_its_muscle_groups_in_the_order_of_its_steps()
    {
        var record = KnowledgeBase.Embedded.Find("progressive-muscle-relaxation").ShouldNotBeNull();

        MuscleGroups.From(record.Steps).ShouldBe(["feet", "calves", "thighs", "seat", "belly", "back", "hands", "arms", "shoulders", "face"]);
    }

    [Fact]
    public void Steps_without_a_list_of_groups_name_none()
    {
        MuscleGroups.From(["Lie on your back.", "Breathe slowly; let the belly rise."]).ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_relaxation_block_carries_muscle_groups_and_every_block_its_kind()
    {
        var knowledge = KnowledgeBase.Embedded;
        SessionBlock Block(string id) => new(id, knowledge.Find(id)!.Name, SessionPart.CoolDown, Sides.Both, 1, 8, 5, 15, 0, 200, "", [], null);

        var relaxation = PlayerBlock.Of(Block("progressive-muscle-relaxation"), knowledge, null);
        var stretch = PlayerBlock.Of(Block("childs-pose"), knowledge, null);

        relaxation.Kind.ShouldBe("relaxation");
        relaxation.TenseGroups.Count.ShouldBe(10);
        stretch.Kind.ShouldBe("stretch");
        stretch.TenseGroups.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_session_is_not_found()
    {
        var page = await _browser.GetAsync($"/sessions/{Guid.NewGuid()}");

        page.Status.ShouldBe(HttpStatusCode.NotFound);
        page.Find("h1").TextContent.ShouldBe("Not found");
    }

    private static JsonDocument SessionData(HtmlPage page) => JsonDocument.Parse(page.Find("script#session-data").TextContent);
}
