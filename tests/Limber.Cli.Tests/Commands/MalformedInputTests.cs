namespace Limber.Cli.Tests.Commands;

/// <summary>Bad input and bad usage exit 2 with plain lines, never a stack trace; bad content exits 1.</summary>
public sealed class MalformedInputTests : IDisposable
{
    private const string Valid = """{ "now": "2026-11-22T08:00:00Z", "age": 38, "episodeStarted": "2026-11-10T08:00:00Z", "cause": "sitting", "pain": 4, "stiffness": 6 }""";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("limber-cli-malformed-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Malformed intakes: broken JSON, lone surrogates, calendar edges, wrong types, huge numbers.</summary>
    public static TheoryData<string> Intakes()
    {
        string[] broken = ["", " ", "{", "[", "}", "null", "42", "\"text\"", "[]", "{\"age\":}", "{'age': 38}", "{\"age\": 38,}", "{\"age\": 38}{}", "\uFEFF{", "{\"\\ud800\": 1}", "{\"age\": 38, \"age\": 39}"];
        string[] values =
        [
            "\"\\ud800\"", "\"\\udc00\"", "\"x\\ud800y\"", "[\"\\ud800\"]", "{\"\\ud800\": true}", "null", "true", "-1", "1e400", "99999999999999999999", "0.5", "\"\"", "[]", "{}",
            "\"0001-01-01T00:00:00+05:00\"", "\"9999-12-31T23:59:59-05:00\"", "\"0001-01-01T00:00\"", "\"2026-02-30T08:00:00Z\"",
        ];
        var data = new TheoryData<string>();
        foreach (var text in broken)
        {
            data.Add(text);
        }

        foreach (var value in values)
        {
            foreach (var field in new[] { "cause", "episodeStarted", "now" })
            {
                data.Add(System.Text.RegularExpressions.Regex.Replace(Valid, $"\"{field}\": \"[^\"]*\"", $"\"{field}\": {value.Replace("$", "$$", StringComparison.Ordinal)}"));
            }
        }

        return data;
    }

    [Fact]
    public void The_suite_holds_at_least_fifty_files() => Intakes().Count.ShouldBeGreaterThanOrEqualTo(50);

    [Theory]
    [MemberData(nameof(Intakes))]
    public void A_malformed_intake_file_exits_2_with_plain_lines_and_no_stack_trace(string text)
    {
        var path = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);

        var run = CliRun.Of("plan", "--intake", path);

        run.ExitCode.ShouldBe(2, run.Error);
        run.Error.ShouldNotBeEmpty();
        run.Error.ShouldNotContain("   at ");
        run.Error.ShouldNotContain("Exception");
        run.Output.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("/no/such/folder/intake.json")]
    [InlineData("\0")]
    public void An_intake_path_that_names_no_file_exits_2_without_a_stack_trace(string path)
    {
        var run = CliRun.Of("plan", "--intake", path);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith("intake: ");
        run.Error.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("plan")]
    [InlineData("plan", "--intake")]
    [InlineData("plan", "--intake", "-", "--colour")]
    [InlineData("catalog", "--content")]
    public void A_usage_error_exits_2(params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("limber --help");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Catalog_check_on_an_unclosed_flow_sequence_is_a_problem_with_its_path_not_a_crash()
    {
        File.WriteAllText(Path.Combine(_folder.FullName, "broken.yaml"), "id: [a\nb: c\n");

        var run = CliRun.Of("catalog", "check", "--content", _folder.FullName);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("broken.yaml:1: malformed YAML");
        run.Error.ShouldNotContain("   at ");
    }

    [Fact]
    public void Catalog_check_on_an_empty_content_folder_is_a_problem()
    {
        var run = CliRun.Of("catalog", "check", "--content", _folder.FullName);

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldContain("no records");
    }
}
