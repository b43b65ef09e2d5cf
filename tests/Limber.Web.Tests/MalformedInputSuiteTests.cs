using System.Net;
using System.Text;
using Limber.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Limber.Web.Tests;

/// <summary>
/// Hundreds of malformed requests across every endpoint and form: none may be a 5xx, every one must
/// be rejected, and the database must be exactly as it was after each of them.
/// </summary>
public sealed class MalformedInputSuiteTests(SqliteApp sqlite) : IClassFixture<SqliteApp>
{
    private readonly LimberWebFactory _app = sqlite.App;

    /// <summary>Odd values: wrong types, edges, lone surrogates, huge numbers, control characters.</summary>
    private static readonly string[] OddValues =
    [
        "null", "true", "\"\"", "\"\\ud800\"", "\"\\udfff x\"", "\"a\\u0000b\"", "-1", "11", "1e400", "0.5", "9999999999999999999",
        "\"0001-01-01T00:00:00+05:00\"", "\"9999-12-31T23:59:59-05:00\"", "\"2026-02-30T08:00:00Z\"", "[]", "{}", "[\"\\ud800\"]", "\"" + new string('x', 3000) + "\"",
    ];

    private static readonly string[] BrokenBodies =
    [
        "", "{", "}", "[", "nul", "{\"a\":}", "{\"a\" 1}", "{'a': 1}", "\u00ef\u00bb\u00bf{}", "{\"\\ud800\": 1}", "{\"a\": 1,}", "{\"a\": 1}{}", "\"just a string\"", "42",
    ];

    [Fact]
    public async Task Three_hundred_malformed_requests_get_no_5xx_and_change_nothing()
    {
        var (_, sessionId, plan) = await Seed.SessionAsync(_app);
        var exercise = plan.Session!.Blocks[0].ExerciseId;
        using var client = _app.CreateClient();
        using var browser = _app.CreateBrowser();
        var requests = new List<(string Label, Func<Task<HttpResponseMessage>> Send)>();

        void Json(string url, string body) =>
            requests.Add(($"POST {url} {Short(body)}", () => client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"))));

        foreach (var body in BrokenBodies)
        {
            foreach (var action in new[] { "progress", "finish", "rating", "next-day" })
            {
                Json($"/api/sessions/{sessionId}/{action}", body);
            }

            Json("/api/plan", body);
            Json("/api/import", body);
            Json("/api/data/delete", body);
        }

        foreach (var value in OddValues)
        {
            foreach (var field in new[] { "age", "episodeStarted", "cause", "pain", "stiffness", "minutes", "redFlags", "now", "history", "equipment" })
            {
                Json("/api/plan", field is "age" or "episodeStarted" or "cause" or "pain" or "stiffness"
                    ? Replace(Seed.DeskWorker, field, value)
                    : Seed.DeskWorker.Insert(1, $"\"{field}\": {value}, "));
            }

            Json($"/api/sessions/{sessionId}/progress", $$"""{"blockIndex": {{value}}, "exerciseId": "{{exercise}}", "outcome": "done"}""");
            Json($"/api/sessions/{sessionId}/progress", $$"""{"blockIndex": 0, "exerciseId": {{value}}, "outcome": "done"}""");
            Json($"/api/sessions/{sessionId}/progress", $$"""{"blockIndex": 0, "exerciseId": "{{exercise}}", "outcome": {{value}}}""");
            if (value != "null")
            {
                Json($"/api/sessions/{sessionId}/finish", $$"""{"stoppedFor": {{value}}}""");
            }

            Json($"/api/sessions/{sessionId}/rating", $$"""{"painAfter": {{value}}, "stiffnessAfter": 3, "difficulty": "right"}""");
            Json($"/api/sessions/{sessionId}/rating", $$"""{"painAfter": 2, "stiffnessAfter": 3, "difficulty": {{value}}}""");
            Json($"/api/sessions/{sessionId}/next-day", $$"""{"nextDayPain": {{value}}}""");
            Json("/api/data/delete", $$"""{"confirm": {{value}}}""");
            Json("/api/import", $$"""{"format": "limber-export", "version": {{value}}, "exportedAt": "2026-12-01T00:00:00Z", "checkIns": [], "questionnaires": [], "reminders": null, "feedback": []}""");
            Json("/api/import", $$"""{"format": "limber-export", "version": 1, "exportedAt": "2026-12-01T00:00:00Z", "checkIns": [{"id": {{value}}, "createdAt": "2026-12-01T00:00:00Z", "intake": {}, "plans": []}], "questionnaires": [], "reminders": null, "feedback": []}""");
        }

        foreach (var id in new[] { "not-a-guid", "00000000-0000-0000-0000-000000000000", Guid.NewGuid().ToString(), "%2e%2e", "..%2F..%2Fetc" })
        {
            Json($"/api/sessions/{id}/finish", """{"stoppedFor": "pain"}""");
            requests.Add(($"GET session {id}", () => client.GetAsync(new Uri($"/api/sessions/{id}", UriKind.Relative))));
            requests.Add(($"GET plan page {id}", () => client.GetAsync(new Uri($"/plans/{id}", UriKind.Relative))));
            requests.Add(($"GET player {id}", () => client.GetAsync(new Uri($"/sessions/{id}", UriKind.Relative))));
            requests.Add(($"GET rate {id}", () => client.GetAsync(new Uri($"/sessions/{id}/rate", UriKind.Relative))));
        }

        // The check-in form with odd answers: each is a page with messages, never a plan or a 500.
        var odd = new[] { "\ud800", "-1", "999999999999", "0001-01-01T00:00", "9999-12-31T23:59", "2026-13-45T99:99", "<script>", new string('9', 5000), "" };
        foreach (var value in odd)
        {
            foreach (var field in new[] { "Form.Age", "Form.EpisodeStarted", "Form.Pain", "Form.Stiffness", "Form.Minutes", "Form.PregnancyWeeks", "Form.Cause", "Form.PainSpread" }.Where(f => value.Length > 0 && !(f == "Form.EpisodeStarted" && value.StartsWith("0001", StringComparison.Ordinal))))
            {
                var form = await Journeys.FilledCheckInAsync(browser, _app.Clock.GetUtcNow(), f => f.Set(field, value).Set("Form.Token", Guid.NewGuid().ToString("N")));
                requests.Add(($"check-in {field}={Short(value)}", () => browser.SubmitAsync(form)));
            }

        }

        // Calendar edges that have no UTC instant, and offsets the browser would never send.
        foreach (var (started, offset) in new[] { ("0001-01-01T00:00", "840"), ("0001-01-01T00:00", "1"), ("9999-12-31T23:59", "-840"), ("9999-12-31T23:59", "-1"), ("9999-12-31T23:59", "99999"), ("2026-11-20T08:00", "x"), ("2026-11-20T08:00", "99999999999") })
        {
            var form = await Journeys.FilledCheckInAsync(browser, _app.Clock.GetUtcNow(), f => f.Set("Form.EpisodeStarted", started).Set("Form.OffsetMinutes", offset).Set("Form.Age", "x"));
            requests.Add(($"check-in started={started} offset={offset}", () => browser.SubmitAsync(form)));
        }

        var rate = (await browser.OpenAsync($"/sessions/{sessionId}/rate")).Form("form");
        foreach (var value in odd)
        {
            var form = FormData.To(rate.Action, [.. rate.Fields.Select(f => (f.Key, f.Value))]).Set("Form.PainAfter", value).Set("Form.StiffnessAfter", "3").Set("Form.Difficulty", "right");
            requests.Add(($"rate pain={Short(value)}", () => browser.SubmitAsync(form)));
        }

        requests.Count.ShouldBeGreaterThanOrEqualTo(300);
        var before = Snapshot();
        var failures = new List<string>();
        foreach (var (label, send) in requests)
        {
            using var response = await send();
            var status = (int)response.StatusCode;
            // A page that finds a problem shows the form again (200); only a redirect means it was taken.
            var accepted = label.StartsWith("POST /api/", StringComparison.Ordinal) && !label.StartsWith("POST /api/plan", StringComparison.Ordinal)
                ? status is >= 200 and < 300
                : response.StatusCode == HttpStatusCode.Redirect;
            if (status >= 500 || accepted)
            {
                failures.Add($"{status} for {label}");
            }

            if (Snapshot() != before)
            {
                failures.Add($"the database changed after {label}");
                before = Snapshot();
            }
        }

        failures.ShouldBeEmpty();
    }

    private static string Replace(string json, string field, string value)
    {
        var at = json.IndexOf($"\"{field}\": ", StringComparison.Ordinal) + field.Length + 4;
        var end = json[at] == '"' ? json.IndexOf('"', at + 1) + 1 : json.IndexOfAny([',', '}'], at);
        return json[..at] + value + json[end..];
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>Every row of every table, as text.</summary>
    private string Snapshot()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_app.DataDirectory, "limber.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var text = new StringBuilder();
        foreach (var table in new[] { "CheckIns", "Plans", "Sessions", "BlockProgress", "Ratings", "Questionnaires", "Reminders", "Feedback" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : reader.GetValue(i).ToString()).Append('|');
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
