using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Core.Triage;

namespace Limber.Core.Tests.Triage;

/// <summary>Red flags stop the plan at the contract's level; some signs only add a caution.</summary>
public class TriageRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static readonly DailyPlanner Planner = new(KnowledgeBase.Embedded);

    /// <summary>A healthy check-in that would get a full plan (session, cold, habits) if nothing stopped it.</summary>
    private static Intake Intake(params string[] redFlags) => new()
    {
        Now = Now,
        Age = 40,
        EpisodeStarted = Now.AddHours(-20),
        Cause = "lifting",
        Pain = 4,
        Stiffness = 6,
        RedFlags = redFlags,
        Equipment = ["mat", "cold-pack", "heat-pack"],
    };

    /// <summary>Every red-flag code of the contract with its plan status when it stands alone.</summary>
    public static TheoryData<string, PlanStatus> ContractLevels => new()
    {
        { "saddle-numbness", PlanStatus.Emergency },
        { "bladder-change", PlanStatus.Emergency },
        { "bowel-change", PlanStatus.Emergency },
        { "sexual-function-change", PlanStatus.Emergency },
        { "both-legs", PlanStatus.Emergency },
        { "major-trauma", PlanStatus.Emergency },
        { "abdominal-pain-faintness", PlanStatus.Emergency },
        { "leg-weakness-worsening", PlanStatus.Urgent },
        { "fever", PlanStatus.Urgent },
        { "kidney-pain", PlanStatus.Urgent },
        { "infection-risk", PlanStatus.Soon },
        { "cancer-history", PlanStatus.Soon },
        { "unexplained-weight-loss", PlanStatus.Soon },
        { "night-pain", PlanStatus.Soon },
        { "minor-trauma-bone-risk", PlanStatus.Soon },
        { "no-improvement-6-weeks", PlanStatus.Soon },
        { "inflammatory-pattern", PlanStatus.Soon },
        { "recent-spine-surgery", PlanStatus.Soon },
    };

    /// <summary>Single flags and the two fever combinations, with the status the plan must have.</summary>
    public static TheoryData<string[], PlanStatus> StoppingIntakes
    {
        get
        {
            var data = new TheoryData<string[], PlanStatus>();
            foreach (var row in ContractLevels)
            {
                data.Add([(string)row[0]], (PlanStatus)row[1]);
            }

            data.Add(["kidney-pain", "fever"], PlanStatus.Emergency);
            data.Add(["infection-risk", "fever"], PlanStatus.Urgent);
            data.Add(["night-pain", "leg-weakness-worsening", "bowel-change"], PlanStatus.Emergency);
            return data;
        }
    }

    [Fact]
    public void The_contract_table_lists_every_red_flag_code_once()
    {
        var codes = ContractLevels.Select(row => (string)row[0]).ToList();

        codes.Count.ShouldBe(18);
        codes.ShouldBeUnique();
        codes.ShouldBe(Vocabulary.RedFlags, ignoreOrder: true);
        RedFlagRules.All.Select(r => r.Code).ShouldBe(Vocabulary.RedFlags, ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(ContractLevels))]
    public void Each_red_flag_on_its_own_gives_its_contract_level(string code, PlanStatus level)
    {
        var outcome = TriageRules.Assess(Intake(code));

        outcome.Status.ShouldBe(level);
        var advice = outcome.Advice.ShouldHaveSingleItem();
        advice.Code.ShouldBe(code);
        advice.Level.ShouldBe(AdviceLevelOf(level));
        advice.Text.ShouldNotBeNullOrWhiteSpace();
        advice.Sources.ShouldNotBeEmpty();
    }

    [Fact]
    public void Saddle_numbness_stops_the_plan_as_an_emergency()
    {
        var plan = Planner.Create(Intake("saddle-numbness"));

        plan.Status.ShouldBe(PlanStatus.Emergency);
        plan.Session.ShouldBeNull();
    }

    [Fact]
    public void No_red_flag_leaves_the_plan_ok()
    {
        var outcome = TriageRules.Assess(Intake());

        outcome.Status.ShouldBe(PlanStatus.Ok);
        outcome.Advice.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(PlanStatus.Emergency, "night-pain", "fever", "saddle-numbness")]
    [InlineData(PlanStatus.Emergency, "abdominal-pain-faintness", "cancer-history")]
    [InlineData(PlanStatus.Urgent, "cancer-history", "leg-weakness-worsening", "night-pain")]
    [InlineData(PlanStatus.Urgent, "recent-spine-surgery", "fever")]
    [InlineData(PlanStatus.Soon, "night-pain", "unexplained-weight-loss", "inflammatory-pattern")]
    public void The_highest_level_wins_when_there_are_several_flags(PlanStatus expected, params string[] flags)
    {
        var outcome = TriageRules.Assess(Intake(flags));

        outcome.Status.ShouldBe(expected);
        outcome.Advice.Select(a => a.Code).ShouldBe(flags, ignoreOrder: true);
        outcome.Advice[0].Level.ShouldBe(AdviceLevelOf(expected), "the most urgent advice comes first");
        outcome.Advice.Select(a => a.Level).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public void Kidney_pain_with_fever_is_an_emergency()
    {
        var outcome = TriageRules.Assess(Intake("kidney-pain", "fever"));

        outcome.Status.ShouldBe(PlanStatus.Emergency);
        outcome.Advice.Single(a => a.Code == "kidney-pain").Level.ShouldBe(AdviceLevel.Emergency);
    }

    [Fact]
    public void Infection_risk_with_fever_is_urgent()
    {
        var outcome = TriageRules.Assess(Intake("infection-risk", "fever"));

        outcome.Status.ShouldBe(PlanStatus.Urgent);
        outcome.Advice.Single(a => a.Code == "infection-risk").Level.ShouldBe(AdviceLevel.Urgent);
    }

    [Theory]
    [MemberData(nameof(StoppingIntakes))]
    public void A_red_flag_plan_has_no_session_no_heat_or_cold_and_no_habits(string[] flags, PlanStatus status)
    {
        var plan = Planner.Create(Intake(flags));

        plan.Status.ShouldBe(status);
        plan.Session.ShouldBeNull();
        plan.Thermal.ShouldBeEmpty();
        plan.Habits.ShouldBeEmpty();
        plan.Now.ShouldBe(Now);
    }

    [Theory]
    [MemberData(nameof(StoppingIntakes))]
    public void A_red_flag_plan_says_what_to_do_and_how_fast(string[] flags, PlanStatus status)
    {
        var plan = Planner.Create(Intake(flags));

        foreach (var flag in flags)
        {
            var advice = plan.Advice.Single(a => a.Code == flag);
            advice.Text.ShouldNotBeNullOrWhiteSpace();
            advice.Sources.ShouldNotBeEmpty();
            ShouldSayHowFast(advice);
        }

        var top = plan.Advice[0];
        top.Level.ShouldBe(AdviceLevelOf(status));
        ShouldSayHowFast(top);
        plan.Sources.ShouldNotBeEmpty();
    }

    [Fact]
    public void An_emergency_says_to_go_to_the_emergency_department_or_call_an_ambulance()
    {
        foreach (var rule in RedFlagRules.All.Where(r => r.Level == PlanStatus.Emergency))
        {
            var text = rule.Text.ToLowerInvariant();
            (text.Contains("emergency department") || text.Contains("ambulance")).ShouldBeTrue(rule.Code);
        }
    }

    [Theory]
    [InlineData(51)]
    [InlineData(75)]
    public void A_first_episode_after_50_adds_a_caution_but_keeps_the_plan(int age)
    {
        var intake = Intake() with { Age = age, FirstEpisode = true };

        var outcome = TriageRules.Assess(intake);

        outcome.Status.ShouldBe(PlanStatus.Ok);
        outcome.Advice.ShouldBeEmpty();
        var caution = outcome.Cautions.ShouldHaveSingleItem();
        caution.Code.ShouldBe("age-over-50-first-episode");
        caution.Level.ShouldBe(AdviceLevel.Caution);
        ShouldBeOkPlanWithCaution(intake, "age-over-50-first-episode");
    }

    [Fact]
    public void A_first_episode_at_exactly_50_adds_no_age_caution()
    {
        var outcome = TriageRules.Assess(Intake() with { Age = 50, FirstEpisode = true });

        outcome.Status.ShouldBe(PlanStatus.Ok);
        outcome.Cautions.ShouldNotContain(c => c.Code == "age-over-50-first-episode");
    }

    [Fact]
    public void A_repeat_episode_after_50_adds_no_age_caution()
    {
        var outcome = TriageRules.Assess(Intake() with { Age = 70, FirstEpisode = false });

        outcome.Status.ShouldBe(PlanStatus.Ok);
        outcome.Cautions.ShouldNotContain(c => c.Code == "age-over-50-first-episode");
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    public void Pain_of_9_or_10_adds_a_caution_but_keeps_the_plan(int pain)
    {
        var intake = Intake() with { Pain = pain };

        var outcome = TriageRules.Assess(intake);

        outcome.Status.ShouldBe(PlanStatus.Ok);
        var caution = outcome.Cautions.ShouldHaveSingleItem();
        caution.Code.ShouldBe("severe-pain");
        caution.Level.ShouldBe(AdviceLevel.Caution);
        ShouldBeOkPlanWithCaution(intake, "severe-pain");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Pain_below_9_adds_no_severe_pain_caution(int pain) =>
        TriageRules.Assess(Intake() with { Pain = pain }).Cautions.ShouldNotContain(c => c.Code == "severe-pain");

    [Fact]
    public void Pain_below_the_knee_adds_a_caution_but_keeps_the_plan()
    {
        var intake = Intake() with { PainSpread = "below-knee" };

        var outcome = TriageRules.Assess(intake);

        outcome.Status.ShouldBe(PlanStatus.Ok);
        var caution = outcome.Cautions.ShouldHaveSingleItem();
        caution.Code.ShouldBe("leg-symptoms");
        caution.Level.ShouldBe(AdviceLevel.Caution);
        ShouldBeOkPlanWithCaution(intake, "leg-symptoms");
    }

    [Theory]
    [InlineData("none")]
    [InlineData("buttock")]
    [InlineData("thigh")]
    public void Pain_that_stays_above_the_knee_adds_no_leg_caution(string spread) =>
        TriageRules.Assess(Intake() with { PainSpread = spread }).Cautions.ShouldBeEmpty();

    [Fact]
    public void All_three_cautions_can_apply_together_and_the_plan_stays_ok()
    {
        var outcome = TriageRules.Assess(Intake() with { Age = 60, FirstEpisode = true, Pain = 10, PainSpread = "below-knee" });

        outcome.Status.ShouldBe(PlanStatus.Ok);
        outcome.Cautions.Select(c => c.Code).ShouldBe(["age-over-50-first-episode", "severe-pain", "leg-symptoms"], ignoreOrder: true);
    }

    [Fact]
    public void Cautions_do_not_lower_a_red_flag_status()
    {
        var outcome = TriageRules.Assess(Intake("fever") with { Age = 60, FirstEpisode = true, Pain = 10 });

        outcome.Status.ShouldBe(PlanStatus.Urgent);
    }

    private static void ShouldBeOkPlanWithCaution(Intake intake, string code)
    {
        var plan = Planner.Create(intake);

        plan.Status.ShouldBe(PlanStatus.Ok);
        plan.Session.ShouldNotBeNull();
        var caution = plan.Advice.Single(a => a.Code == code);
        caution.Level.ShouldBe(AdviceLevel.Caution);
        caution.Text.ShouldNotBeNullOrWhiteSpace();
    }

    private static void ShouldSayHowFast(Advice advice)
    {
        var text = advice.Text.ToLowerInvariant();
        switch (advice.Level)
        {
            case AdviceLevel.Emergency:
                (text.Contains("emergency department") || text.Contains("ambulance"))
                    .ShouldBeTrue($"{advice.Code}: an emergency must send the person to the emergency department or an ambulance: {advice.Text}");
                break;
            case AdviceLevel.Urgent:
                text.ShouldContain("today", Case.Insensitive, $"{advice.Code}: urgent advice must say today");
                break;
            case AdviceLevel.Soon:
                text.ShouldContain("few days", Case.Insensitive, $"{advice.Code}: soon advice must say within a few days");
                break;
            default:
                throw new ShouldAssertException($"{advice.Code} has level {advice.Level}, not a red-flag level");
        }
    }

    private static AdviceLevel AdviceLevelOf(PlanStatus status) => status switch
    {
        PlanStatus.Emergency => AdviceLevel.Emergency,
        PlanStatus.Urgent => AdviceLevel.Urgent,
        PlanStatus.Soon => AdviceLevel.Soon,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "ok has no red-flag advice"),
    };
}
