using System.Net;
using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Api;

public sealed class PlanEndpointTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient();

    public void Dispose() => _client.Dispose();

    public static TheoryData<string> ValidIntakes => new()
    {
        Seed.DeskWorker,
        """{"now": "2026-11-20T07:30:00+01:00", "age": 29, "episodeStarted": "2026-11-19T18:00:00+01:00", "pain": 6, "stiffness": 8, "painSpread": "buttock", "minutes": 10, "thermalPreference": "cold", "equipment": ["cold-pack"]}""",
        """{"age": 33, "episodeStarted": "2026-10-01T08:00:00Z", "pain": 2, "stiffness": 5, "conditions": ["pregnancy"], "pregnancyWeeks": 24, "equipment": ["chair", "wall"]}""",
        """{"age": 71, "episodeStarted": "2026-11-15T08:00:00Z", "pain": 3, "stiffness": 4, "redFlags": ["saddle-numbness"]}""",
        """{"age": 55, "episodeStarted": "2026-08-01T08:00:00Z", "pain": 5, "stiffness": 5, "redFlags": ["cancer-history"]}""",
    };

    [Theory]
    [MemberData(nameof(ValidIntakes))]
    public async Task A_valid_intake_gives_the_engines_plan_byte_for_byte(string intake)
    {
        using var response = await _client.PostJsonTextAsync("/api/plan", intake);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var read = IntakeReader.Read(intake, app.Clock.GetUtcNow());
        read.Problems.ShouldBeEmpty();
        (await response.Content.ReadAsStringAsync()).ShouldBe(LimberJson.Serialize(new DailyPlanner(KnowledgeBase.Embedded).Create(read.Intake!)));
    }

    [Fact]
    public async Task An_intake_without_now_is_planned_at_the_apps_clock()
    {
        using var response = await _client.PostJsonTextAsync("/api/plan", Seed.DeskWorker);

        using var plan = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        plan.RootElement.GetProperty("now").GetDateTimeOffset().ShouldBe(app.Clock.GetUtcNow());
    }

    [Fact]
    public async Task A_red_flag_intake_gets_the_emergency_plan_with_no_session()
    {
        using var response = await _client.PostJsonTextAsync("/api/plan",
            """{"age": 44, "episodeStarted": "2026-11-15T08:00:00Z", "pain": 7, "stiffness": 4, "redFlags": ["bowel-change"]}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var plan = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        plan.RootElement.GetProperty("status").GetString().ShouldBe("emergency");
        plan.RootElement.TryGetProperty("session", out var session).ShouldBeTrue();
        session.ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Pain_eleven_is_a_problem_keyed_by_its_json_path()
    {
        using var response = await _client.PostJsonTextAsync("/api/plan",
            """{"age": 40, "episodeStarted": "2026-11-10T08:00:00Z", "pain": 11, "stiffness": 6}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = await response.ErrorsAsync();
        errors.Keys.ShouldBe(["intake.pain"]);
        errors["intake.pain"].ShouldBe(["must be an integer from 0 to 10 (got 11)"]);
    }

    [Fact]
    public async Task Every_problem_is_reported_each_under_its_own_path()
    {
        using var response = await _client.PostJsonTextAsync("/api/plan",
            """{"episodeStarted": "2030-01-01T08:00:00Z", "pain": -1, "stiffness": 6, "conditions": ["knee-problem", "gout"], "pregnancyWeeks": 12, "colour": "blue"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = await response.ErrorsAsync();
        errors.Keys.ShouldBe(
            ["intake.episodeStarted", "intake.pain", "intake.conditions[1]", "intake.pregnancyWeeks", "intake.colour", "intake.age"],
            ignoreOrder: true);
        errors["intake.pain"].ShouldBe(["must be an integer from 0 to 10 (got -1)"]);
        errors["intake.episodeStarted"].ShouldHaveSingleItem().ShouldStartWith("must not be after now");
    }

    [Theory]
    [InlineData("{\"age\": 40,")]
    [InlineData("not json")]
    [InlineData("")]
    public async Task Malformed_json_is_a_bad_request_naming_the_intake(string body)
    {
        using var response = await _client.PostJsonTextAsync("/api/plan", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = await response.ErrorsAsync();
        errors["intake"].ShouldHaveSingleItem().ShouldStartWith("malformed JSON");
    }

    [Fact]
    public async Task A_json_array_is_not_an_intake()
    {
        using var response = await _client.PostJsonTextAsync("/api/plan", "[]");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync())["intake"].ShouldBe(["must be a JSON object"]);
    }

    [Fact]
    public async Task The_same_intake_gives_identical_plans()
    {
        const string intake = """{"now": "2026-11-20T08:00:00Z", "age": 40, "episodeStarted": "2026-11-10T08:00:00Z", "pain": 3, "stiffness": 6, "minutes": 20}""";

        using var first = await _client.PostJsonTextAsync("/api/plan", intake);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        using var second = await _client.PostJsonTextAsync("/api/plan", intake);

        (await second.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
    }
}
