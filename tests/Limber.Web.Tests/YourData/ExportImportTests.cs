using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Limber.Web.Tests.Api;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.YourData;

/// <summary><c>limber.json</c> out and back in: the same content after a round trip, and an import that only adds.</summary>
public sealed class ExportImportTests : IDisposable
{
    private readonly LimberWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static async Task<string> ExportAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/export/limber.json", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The document without its one changing field, for comparing content.</summary>
    private static string Content(string export)
    {
        var node = JsonNode.Parse(export)!.AsObject();
        node.Remove("exportedAt").ShouldBeTrue();
        return node.ToJsonString();
    }

    [Fact]
    public async Task Export_then_import_on_a_fresh_instance_then_export_again_gives_the_same_content()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();
        var first = await ExportAsync(client);

        using var fresh = new LimberWebFactory();
        using var other = fresh.CreateClient();
        using var imported = await other.PostJsonTextAsync("/api/import", first);
        imported.StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var answer = JsonDocument.Parse(await imported.Content.ReadAsStringAsync()))
        {
            answer.RootElement.GetProperty("added").GetInt32().ShouldBeGreaterThan(10);
            answer.RootElement.GetProperty("alreadyHere").GetInt32().ShouldBe(0);
        }

        var again = await ExportAsync(other);
        Content(again).ShouldBe(Content(first));
        (await Everything.CountsAsync(fresh)).ShouldBe(await Everything.CountsAsync(_app));
    }

    [Fact]
    public async Task The_export_holds_every_kind_of_record_but_not_the_calendar_token()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();
        using var export = JsonDocument.Parse(await ExportAsync(client));
        var root = export.RootElement;

        root.GetProperty("format").GetString().ShouldBe("limber-export");
        root.GetProperty("version").GetInt32().ShouldBe(1);
        var plan = root.GetProperty("checkIns")[0].GetProperty("plans")[0];
        plan.GetProperty("plan").GetProperty("status").GetString().ShouldBe("ok");
        var session = plan.GetProperty("sessions")[0];
        session.GetProperty("blocks").GetArrayLength().ShouldBe(2);
        session.GetProperty("rating").GetProperty("note").GetString().ShouldBe(Everything.Marker);
        session.GetProperty("rating").GetProperty("nextDayPain").GetInt32().ShouldBe(2);
        root.GetProperty("questionnaires").EnumerateArray().Select(q => q.GetProperty("instrument").GetString()).ShouldBe(["rmdq", "odi", "startback", "psfs"], ignoreOrder: true);
        root.GetProperty("reminders").GetProperty("days").EnumerateArray().Select(d => d.GetString()).ShouldBe(["mon", "thu"]);
        root.GetProperty("feedback").GetArrayLength().ShouldBe(1);
        root.GetRawText().ShouldNotContain("token-");
    }

    [Fact]
    public async Task Two_exports_of_the_same_data_differ_only_in_exported_at()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();
        var first = await ExportAsync(client);
        _app.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await ExportAsync(client);

        second.ShouldNotBe(first);
        Content(second).ShouldBe(Content(first));
    }

    [Fact]
    public async Task Importing_the_same_document_twice_changes_nothing_the_second_time()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();
        var export = await ExportAsync(client);
        var before = await Everything.CountsAsync(_app);

        using var again = await client.PostJsonTextAsync("/api/import", export);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var answer = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        answer.RootElement.GetProperty("added").GetInt32().ShouldBe(0);
        (await Everything.CountsAsync(_app)).ShouldBe(before);
        Content(await ExportAsync(client)).ShouldBe(Content(export));
    }

    [Fact]
    public async Task An_import_adds_only_what_is_missing_and_keeps_a_plans_open_session_single()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();
        var export = await ExportAsync(client);

        // A new session on this device, then the older file is restored: the new session stays, nothing is doubled.
        await Seed.SessionAsync(_app);
        var before = await Everything.CountsAsync(_app);
        using var again = await client.PostJsonTextAsync("/api/import", export);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Everything.CountsAsync(_app)).ShouldBe(before);
    }

    [Fact]
    public async Task A_damaged_file_is_refused_with_every_problem_by_its_path_and_nothing_is_written()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();
        var node = JsonNode.Parse(await ExportAsync(client))!;
        using var fresh = new LimberWebFactory();
        using var other = fresh.CreateClient();
        var plan = node["checkIns"]![0]!["plans"]![0]!;
        plan["status"] = "fine";
        plan["painBefore"] = 11;
        plan["sessions"]![0]!["rating"]!["difficulty"] = "meh";
        plan["sessions"]![0]!["blocks"]![1]!["blockIndex"] = 0;
        var rmdq = node["questionnaires"]!.AsArray().Select((q, i) => (q, i)).Single(x => (string?)x.q!["instrument"] == "rmdq").i;
        node["questionnaires"]![rmdq]!["answers"] = JsonNode.Parse("""{"ticked":[25]}""");
        node["reminders"]!["timeZone"] = "Mars/Olympus";

        using var response = await other.PostJsonTextAsync("/api/import", node.ToJsonString());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = await response.ErrorsAsync();
        errors.Keys.ShouldBe(
        [
            "$.checkIns[0].plans[0].status",
            "$.checkIns[0].plans[0].painBefore",
            "$.checkIns[0].plans[0].sessions[0].blocks[1].blockIndex",
            "$.checkIns[0].plans[0].sessions[0].rating.difficulty",
            $"$.questionnaires[{rmdq}].answers.ticked[0]",
            "$.reminders.timeZone",
        ], ignoreOrder: true);
        (await Everything.CountsAsync(fresh)).ShouldAllBe(n => n == 0);
    }

    [Theory]
    [InlineData("""{"format":"limber-export","version":2,"exportedAt":"2026-12-01T00:00:00Z","checkIns":[],"questionnaires":[],"reminders":null,"feedback":[]}""", "$.version")]
    [InlineData("""{"format":"something-else","version":1,"exportedAt":"2026-12-01T00:00:00Z","checkIns":[],"questionnaires":[],"reminders":null,"feedback":[]}""", "$.format")]
    [InlineData("""{"format":"limber-export","version":1,"exportedAt":"2026-12-01T00:00:00Z","checkIns":[],"questionnaires":[],"reminders":null,"feedback":[],"extra":1}""", "$")]
    [InlineData("""{"format":"limber-export","version":"1","exportedAt":"2026-12-01T00:00:00Z","checkIns":[],"questionnaires":[],"reminders":null,"feedback":[]}""", "$.version")]
    [InlineData("""{"format":"limber-export","version":1}""", "$")]
    [InlineData("""[1, 2, 3]""", "$")]
    [InlineData("""{"format":"limber-export","version":1,"exportedAt":"2026-12-01T00:00:00Z","checkIns":[{"id":"6b1e0bb6-8d0a-4a3f-9d69-0c3d3bd0a001","createdAt":"2026-12-01T00:00:00Z","intake":{},"plans":[{"id":"6b1e0bb6-8d0a-4a3f-9d69-0c3d3bd0a001","createdAt":"2026-12-01T00:00:00Z","status":"ok","stage":"mobility","painBefore":1,"stiffnessBefore":1,"plan":{"not":"a plan"},"sessions":[]}]}],"questionnaires":[],"reminders":null,"feedback":[]}""", "$.checkIns[0].plans[0].id")]
    public async Task A_file_that_is_not_an_export_this_version_reads_is_a_400_naming_where(string body, string path)
    {
        using var client = _app.CreateClient();
        using var response = await client.PostJsonTextAsync("/api/import", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = await response.ErrorsAsync();
        errors.Keys.ShouldContain(k => k.StartsWith(path, StringComparison.Ordinal));
        (await Everything.CountsAsync(_app)).ShouldAllBe(n => n == 0);
    }

    [Fact]
    public async Task A_plan_that_is_not_a_limber_plan_is_refused()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();
        var node = JsonNode.Parse(await ExportAsync(client))!;
        node["checkIns"]![0]!["plans"]![0]!["plan"] = JsonNode.Parse("""{"status":"ok","stage":"flying"}""");
        using var fresh = new LimberWebFactory();
        using var other = fresh.CreateClient();

        using var response = await other.PostJsonTextAsync("/api/import", node.ToJsonString());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldContain("$.checkIns[0].plans[0].plan");
    }

    [Fact]
    public async Task An_export_larger_than_the_usual_body_limit_is_restored_but_one_over_16_mb_is_413()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();
        var node = JsonNode.Parse(await ExportAsync(client))!;
        var feedback = node["feedback"]!.AsArray();
        for (var i = 0; i < 60; i++)
        {
            feedback.Add(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["page"] = "/learn/why-move",
                ["helpful"] = null,
                ["reportsError"] = true,
                ["note"] = new string('n', 1900),
                ["createdAt"] = "2026-11-20T10:00:00Z",
            });
        }

        var large = node.ToJsonString();
        Encoding.UTF8.GetByteCount(large).ShouldBeGreaterThan(100 * 1024);
        using var fresh = new LimberWebFactory();
        using var other = fresh.CreateClient();
        using var restored = await other.PostJsonTextAsync("/api/import", large);
        restored.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var tooLarge = await other.PostJsonTextAsync("/api/import", new string(' ', 17 * 1024 * 1024) + "{}");
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        using var elsewhere = await other.PostJsonTextAsync("/api/feedback", large);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_import_sent_as_a_form_is_415()
    {
        using var client = _app.CreateClient();
        using var content = new StringContent("{}", Encoding.UTF8, "text/plain");
        using var response = await client.PostAsync(new Uri("/api/import", UriKind.Relative), content);
        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }
}
