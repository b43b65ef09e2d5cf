using System.Text.Json;

namespace Limber.Cli.Tests.Commands;

/// <summary><c>limber plan</c> reads the same intake as the check-in, with its outcome fields.</summary>
public sealed class PlanOutcomeFieldsTests
{
    private const string Base = """ "now": "2026-11-22T08:00:00Z", "age": 38, "episodeStarted": "2026-11-10T08:00:00Z", "pain": 4, "stiffness": 6 """;

    [Fact]
    public void Plan_accepts_morning_stiffness_minutes()
    {
        var run = CliRun.WithInput($$"""{ {{Base}}, "morningStiffnessMinutes": 30 }""", "plan", "--intake", "-", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
    }

    [Fact]
    public void Morning_stiffness_over_240_minutes_exits_2_with_one_line_naming_the_field()
    {
        var run = CliRun.WithInput($$"""{ {{Base}}, "morningStiffnessMinutes": 300 }""", "plan", "--intake", "-", "--json");

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
        run.Error.Trim().ShouldBe("intake.morningStiffnessMinutes: must be an integer from 0 to 240 (got 300)");
    }

    [Fact]
    public void A_high_start_back_band_puts_the_physiotherapist_advice_in_the_plan_json_and_the_text()
    {
        var json = CliRun.WithInput($$"""{ {{Base}}, "startBack": "high" }""", "plan", "--intake", "-", "--json");
        var text = CliRun.WithInput($$"""{ {{Base}}, "startBack": "high" }""", "plan", "--intake", "-");

        using var plan = JsonDocument.Parse(json.Output);
        var advice = plan.RootElement.GetProperty("advice").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "startback-high");
        advice.GetProperty("level").GetString().ShouldBe("info");
        advice.GetProperty("text").GetString().ShouldNotBeNull().ShouldContain("psychologically informed");
        text.Output.ShouldContain("psychologically informed");
    }
}
