using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Core.Triage;

namespace Limber.Core.Tests.Triage;

/// <summary>Red flags decide on their own: no other answer is needed to reach the stop advice.</summary>
public class RedFlagTriageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static readonly DailyPlanner Planner = new(KnowledgeBase.Embedded);

    /// <summary>A full check-in of a 63-year-old in a first bout with severe pain below the knee: everything that adds cautions.</summary>
    private static Intake Full(params string[] redFlags) => new()
    {
        Now = Now,
        Age = 63,
        FirstEpisode = true,
        EpisodeStarted = Now.AddDays(-60),
        Pain = 9,
        Stiffness = 8,
        PainSpread = "below-knee",
        RedFlags = redFlags,
    };

    /// <summary>Advice as comparable text (records hold their sources in arrays, compared by reference).</summary>
    private static string[] Said(IEnumerable<Advice> advice) =>
        [.. advice.Select(a => $"{a.Code}|{a.Level}|{a.Text}|{string.Join(",", a.Sources)}")];

    public static TheoryData<string> EveryRedFlag => [.. RedFlagRules.All.Select(r => r.Code)];

    [Theory]
    [MemberData(nameof(EveryRedFlag))]
    public void Each_red_flag_alone_gets_the_same_level_and_advice_as_in_a_full_check_in(string code)
    {
        var alone = RedFlagTriage.Assess([code]);
        var full = TriageRules.Assess(Full(code));

        alone.Status.ShouldBe(full.Status);
        alone.Status.ShouldNotBe(PlanStatus.Ok);
        Said(alone.Advice).ShouldBe(Said(full.Advice));
        alone.Cautions.ShouldBeEmpty();
    }

    [Fact]
    public void Fever_with_kidney_pain_is_an_emergency_from_the_red_flags_alone() =>
        RedFlagTriage.Assess(["kidney-pain", "fever"]).Status.ShouldBe(PlanStatus.Emergency);

    [Fact]
    public void No_red_flags_is_ok_and_unknown_codes_do_not_count() =>
        RedFlagTriage.Assess(["headache"]).Status.ShouldBe(PlanStatus.Ok);

    [Theory]
    [MemberData(nameof(EveryRedFlag))]
    public void The_stop_plan_from_the_red_flags_alone_gives_the_advice_of_the_full_check_in(string code)
    {
        var alone = Planner.Create(RedFlagTriage.Intake([code, code], Now));
        var full = Planner.Create(Full(code));

        alone.Status.ShouldBe(full.Status);
        Said(alone.Advice).ShouldBe(Said(full.Advice));
        alone.Session.ShouldBeNull();
        alone.Thermal.ShouldBeEmpty();
        alone.Habits.ShouldBeEmpty();
        alone.Now.ShouldBe(Now);
    }
}
