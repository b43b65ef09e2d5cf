using System.Text.Json;

namespace Limber.Cli.Tests.Commands;

public sealed class PlanCommandTests
{
    private const string Valid = """{ "now": "2026-11-22T08:00:00Z", "age": 38, "episodeStarted": "2026-11-10T08:00:00Z", "cause": "sitting", "pain": 4, "stiffness": 6 }""";

    private static string GoldenFolder => Path.Combine(CliRun.RepositoryRoot, "tests", "Limber.Cli.Tests", "Golden");

    public static TheoryData<string> Personas() =>
        [.. Directory.EnumerateFiles(GoldenFolder, "*.intake.json").Select(f => Path.GetFileName(f)[..^".intake.json".Length]).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Each persona's plan is compared byte for byte with the reviewed one in Golden/.
    /// After a deliberate change, regenerate with LIMBER_UPDATE_GOLDEN=1 and review the diff.
    /// </summary>
    [Theory]
    [MemberData(nameof(Personas))]
    public void A_persona_gets_the_reviewed_plan(string persona)
    {
        var intake = Path.Combine(GoldenFolder, persona + ".intake.json");
        var expectedPath = Path.Combine(GoldenFolder, persona + ".plan.json");

        var run = CliRun.Of("plan", "--intake", intake, "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        if (Environment.GetEnvironmentVariable("LIMBER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, run.Output);
        }

        run.Output.ShouldBe(File.ReadAllText(expectedPath));
    }

    [Fact]
    public void The_same_intake_gives_byte_identical_json()
    {
        CliRun.WithInput(Valid, "plan", "--intake", "-", "--json").Output
            .ShouldBe(CliRun.WithInput(Valid, "plan", "--intake", "-", "--json").Output);
    }

    [Fact]
    public void Plan_reads_standard_input_and_prints_contract_json()
    {
        var run = CliRun.WithInput(Valid, "plan", "--intake", "-", "--json");

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        foreach (var field in new[] { "status", "advice", "episode", "stage", "thermal", "session", "habits", "sources" })
        {
            root.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        root.GetProperty("status").GetString().ShouldBe("ok");
        root.GetProperty("episode").GetString().ShouldBe("acute");
        var block = root.GetProperty("session").GetProperty("blocks")[0];
        foreach (var field in new[] { "exerciseId", "name", "sides", "sets", "reps", "holdSeconds", "restSeconds", "seconds", "why", "sources" })
        {
            block.TryGetProperty(field, out _).ShouldBeTrue(field);
        }
    }

    [Fact]
    public void A_red_flag_plan_exits_zero_with_a_null_session()
    {
        var intake = Valid.Replace("\"pain\": 4", "\"pain\": 4, \"redFlags\": [\"bladder-change\"]", StringComparison.Ordinal);

        var run = CliRun.WithInput(intake, "plan", "--intake", "-", "--json");

        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("status").GetString().ShouldBe("emergency");
        json.RootElement.GetProperty("session").ValueKind.ShouldBe(JsonValueKind.Null);
        json.RootElement.GetProperty("thermal").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void Without_json_the_plan_is_text_for_a_person()
    {
        var run = CliRun.WithInput(Valid, "plan", "--intake", "-");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldStartWith("Today's plan - acute episode, mobility stage");
        run.Output.ShouldContain("Why:");
        run.Output.ShouldContain("Limber is not a diagnosis.");
    }

    [Fact]
    public void Invalid_input_exits_2_with_one_line_per_problem_on_stderr_and_nothing_on_stdout()
    {
        var intake = """{ "age": 12, "episodeStarted": "2026-11-23T08:00:00Z", "pain": 11, "stiffness": 3, "now": "2026-11-22T08:00:00Z", "colour": "blue", "pregnancyWeeks": 20 }""";

        var run = CliRun.WithInput(intake, "plan", "--intake", "-", "--json");

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldContain(l => l.StartsWith("intake.age: must be an integer from 16 to 110 (got 12)", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("intake.pain: must be an integer from 0 to 10 (got 11)", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("intake.episodeStarted: must not be after now", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("intake.colour: unknown field", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("intake.pregnancyWeeks: only allowed when conditions includes pregnancy", StringComparison.Ordinal));
        lines.Length.ShouldBe(5);
    }

    [Fact]
    public void Malformed_json_exits_2()
    {
        var run = CliRun.WithInput("{ \"age\": ", "plan", "--intake", "-");

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldStartWith("intake: malformed JSON");
    }

    [Fact]
    public void A_missing_intake_file_exits_2_and_names_it()
    {
        var run = CliRun.Of("plan", "--intake", "/nonexistent/intake.json");

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("/nonexistent/intake.json");
    }

    [Fact]
    public void Now_defaults_to_the_clock()
    {
        var intake = """{ "age": 38, "episodeStarted": "2026-11-01T08:00:00Z", "pain": 4, "stiffness": 6 }""";

        using var json = JsonDocument.Parse(CliRun.WithInput(intake, "plan", "--intake", "-", "--json").Output);

        json.RootElement.GetProperty("now").GetDateTimeOffset().ShouldBe(CliRun.Clock.GetUtcNow());
    }
}
