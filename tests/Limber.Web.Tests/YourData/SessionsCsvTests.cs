using System.Net;
using Limber.Web.Tests.Support;
using Limber.Web.YourData;
using Microsoft.VisualBasic.FileIO;

namespace Limber.Web.Tests.YourData;

/// <summary><c>sessions.csv</c> read back by an RFC 4180 parser, as a spreadsheet would.</summary>
public sealed class SessionsCsvTests : IDisposable
{
    private readonly LimberWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static List<string[]> Parse(string csv)
    {
        using var reader = new StringReader(csv);
        using var parser = new TextFieldParser(reader) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    [Fact]
    public async Task The_csv_parses_with_a_header_row_and_one_row_per_session_and_keeps_a_note_with_commas_quotes_and_lines()
    {
        var sessionId = await Everything.SeedAsync(_app);
        await Seed.SessionAsync(_app);
        using var client = _app.CreateClient();

        using var response = await client.GetAsync(new Uri("/api/export/sessions.csv", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = await response.Content.ReadAsStringAsync();
        csv.ShouldEndWith("\r\n");

        var rows = Parse(csv);
        rows[0].ShouldBe(SessionsCsv.Columns.ToArray());
        rows.Count.ShouldBe(3);
        rows.Skip(1).ShouldAllBe(r => r.Length == SessionsCsv.Columns.Count);
        var rated = rows.Single(r => r[0] == sessionId.ToString());
        string Field(string name) => rated[SessionsCsv.Columns.ToList().IndexOf(name)];
        Field("completed").ShouldBe("true");
        Field("painBefore").ShouldBe("4");
        Field("painAfter").ShouldBe("3");
        Field("nextDayPain").ShouldBe("2");
        Field("blocksDone").ShouldBe("1");
        Field("blocksEasier").ShouldBe("1");
        Field("note").Replace("\r\n", "\n", StringComparison.Ordinal).ShouldBe(Everything.Marker);
        DateTimeOffset.Parse(Field("startedAt"), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(LimberWebFactory.Start);
    }

    [Fact]
    public async Task A_note_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        var (_, sessionId, _) = await Seed.SessionAsync(_app);
        await Seed.RatingAsync(_app, sessionId, note: "=HYPERLINK(\"http://evil.example\",\"click\")");
        using var client = _app.CreateClient();

        var rows = Parse(await client.GetStringAsync(new Uri("/api/export/sessions.csv", UriKind.Relative)));

        rows[1][^1].ShouldBe("'=HYPERLINK(\"http://evil.example\",\"click\")");
    }

    [Fact]
    public async Task With_no_sessions_the_csv_is_its_header_row()
    {
        using var client = _app.CreateClient();
        Parse(await client.GetStringAsync(new Uri("/api/export/sessions.csv", UriKind.Relative))).ShouldBe([SessionsCsv.Columns.ToArray()]);
    }
}
