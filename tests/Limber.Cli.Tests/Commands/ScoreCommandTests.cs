using System.Text.Json;

namespace Limber.Cli.Tests.Commands;

public sealed class ScoreCommandTests
{
    [Fact]
    public void Score_prints_the_contract_fields_with_null_where_they_do_not_apply()
    {
        var run = CliRun.WithInput("""{"ticked":[2,4,6]}""", "score", "--instrument", "rmdq", "--answers", "-", "--json");

        run.ExitCode.ShouldBe(0);
        run.Error.ShouldBeEmpty();
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["instrument", "score", "max", "band", "subscale", "missing", "valid"]);
        root.GetProperty("instrument").GetString().ShouldBe("rmdq");
        root.GetProperty("score").GetDouble().ShouldBe(3);
        root.GetProperty("max").GetDouble().ShouldBe(24);
        root.GetProperty("band").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void An_odi_with_too_many_sections_missing_exits_zero_with_a_null_score_and_valid_false()
    {
        var run = CliRun.WithInput("""{"sections":[1,1,1,1,1,1,1,null,null,null]}""", "score", "--instrument", "odi", "--answers", "-", "--json");

        run.ExitCode.ShouldBe(0);
        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        json.RootElement.GetProperty("missing").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("valid").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void Start_back_reports_its_subscale_and_band()
    {
        var run = CliRun.WithInput("""{"items":[0,0,0,0,1,1,1,0,4]}""", "score", "--instrument", "startback", "--answers", "-", "--json");

        using var json = JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("score").GetDouble().ShouldBe(4);
        json.RootElement.GetProperty("subscale").GetInt32().ShouldBe(4);
        json.RootElement.GetProperty("band").GetString().ShouldBe("high");
    }

    [Fact]
    public void Invalid_answers_exit_2_with_one_line_per_problem_on_stderr_and_nothing_on_stdout()
    {
        var run = CliRun.WithInput("""{"ticked":[0,3,3]}""", "score", "--instrument", "rmdq", "--answers", "-", "--json");

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
        run.Error.Trim().Split(Environment.NewLine).ShouldBe(["answers.ticked[0]: must be an item number from 1 to 24 (got 0)", "answers.ticked[2]: item 3 is listed twice"]);
    }

    [Fact]
    public void An_unknown_instrument_or_an_unreadable_file_exits_2()
    {
        CliRun.WithInput("{}", "score", "--instrument", "sf36", "--answers", "-").ExitCode.ShouldBe(2);
        var missing = CliRun.Of("score", "--instrument", "psfs", "--answers", "/no/such/answers.json");
        missing.ExitCode.ShouldBe(2);
        missing.Error.ShouldStartWith("answers: cannot read");
    }

    [Fact]
    public void Without_json_the_score_is_a_line_for_a_person()
    {
        var run = CliRun.WithInput("""{"activities":[{"name":"putting on socks","score":3},{"name":"lifting a child","score":6}]}""", "score", "--instrument", "psfs", "--answers", "-");

        run.ExitCode.ShouldBe(0);
        run.Output.Trim().ShouldBe("psfs: 4.5 of 10");
    }
}
