using Limber.Core.Catalog;
using Limber.Core.Planning;

namespace Limber.Core.Tests.Planning;

/// <summary>The intake's outcome fields: morning stiffness (asked at check-in) and the latest STarT Back band.</summary>
public class OutcomeIntakeTests
{
    private static readonly DateTimeOffset Clock = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static readonly DailyPlanner Planner = new(KnowledgeBase.Embedded);

    private static IntakeRead Read(string extra) =>
        IntakeReader.Read($$"""{"age": 40, "episodeStarted": "2026-11-20T08:00:00Z", "pain": 3, "stiffness": 6{{extra}}}""", Clock);

    [Theory]
    [InlineData(0)]
    [InlineData(45)]
    [InlineData(240)]
    public void Morning_stiffness_from_0_to_240_minutes_is_read(int minutes) =>
        Read($", \"morningStiffnessMinutes\": {minutes}").Intake.ShouldNotBeNull().MorningStiffnessMinutes.ShouldBe(minutes);

    [Fact]
    public void Morning_stiffness_is_optional() => Read("").Intake.ShouldNotBeNull().MorningStiffnessMinutes.ShouldBeNull();

    [Theory]
    [InlineData("241", "intake.morningStiffnessMinutes: must be an integer from 0 to 240 (got 241)")]
    [InlineData("-1", "intake.morningStiffnessMinutes: must be an integer from 0 to 240 (got -1)")]
    [InlineData("\"an hour\"", "intake.morningStiffnessMinutes: must be an integer from 0 to 240 (got \"an hour\")")]
    public void Morning_stiffness_outside_0_to_240_is_a_problem_that_names_the_field(string value, string line) =>
        Read($", \"morningStiffnessMinutes\": {value}").Problems.Select(p => p.ToString()).ShouldBe([line]);

    [Fact]
    public void An_unknown_start_back_band_is_a_problem() =>
        Read(", \"startBack\": \"severe\"").Problems.ShouldHaveSingleItem().Path.ShouldBe("intake.startBack");

    [Fact]
    public void A_high_start_back_band_adds_advice_to_see_a_physiotherapist_with_a_psychologically_informed_approach()
    {
        var plan = Planner.Create(Read(", \"startBack\": \"high\"").Intake.ShouldNotBeNull());

        var advice = plan.Advice.Where(a => a.Code == "startback-high").ShouldHaveSingleItem();
        advice.Level.ShouldBe(AdviceLevel.Info);
        advice.Text.ShouldContain("physiotherapist");
        advice.Sources.ShouldBe(["NICE-NG59"]);
        plan.Sources.Select(s => s.Id).ShouldContain("NICE-NG59");
    }

    [Theory]
    [InlineData(", \"startBack\": \"low\"")]
    [InlineData(", \"startBack\": \"medium\"")]
    [InlineData("")]
    public void Other_start_back_bands_add_no_such_advice(string extra) =>
        Planner.Create(Read(extra).Intake.ShouldNotBeNull()).Advice.ShouldNotContain(a => a.Code == "startback-high");
}
