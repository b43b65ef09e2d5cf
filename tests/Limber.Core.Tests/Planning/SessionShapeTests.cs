using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Core.Progression;

namespace Limber.Core.Tests.Planning;

/// <summary>The session rules of issue 8 for named people, and the composition check failing on a plan that breaks them.</summary>
public class SessionShapeTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Embedded;

    private static readonly DailyPlanner Planner = new(Knowledge);

    private static readonly Intake Person = new()
    {
        Now = Now,
        Age = 40,
        EpisodeStarted = Now.AddDays(-10),
        Pain = 3,
        Stiffness = 6,
        Equipment = ["mat", "chair", "wall", "cushion", "towel", "heat-pack"],
        Minutes = 20,
    };

    private static List<CatalogRecord> RecordsOf(Plan plan) => [.. plan.Session!.Blocks.Select(b => Knowledge.Find(b.ExerciseId)!)];

    private static SessionRecord Good(int daysAgo, Stage stage) => new(Now.AddDays(-daysAgo), true, stage, 3, 2, 5, 3, 2, "right", null);

    [Fact]
    public void A_72_year_old_with_osteoporosis_whose_pain_began_with_a_fall_yesterday_is_told_to_see_a_doctor_soon_and_why()
    {
        var plan = Planner.Create(Person with { Age = 72, Cause = "fall", EpisodeStarted = Now.AddDays(-1), Conditions = ["osteoporosis"] });

        plan.Status.ShouldBeOneOf(PlanStatus.Soon, PlanStatus.Urgent, PlanStatus.Emergency);
        plan.Session.ShouldBeNull();
        plan.Advice.ShouldContain(a => a.Code == "minor-trauma-bone-risk" && a.Text.Contains("osteoporosis", StringComparison.Ordinal) && a.Text.Contains("fall", StringComparison.Ordinal));
    }

    [Fact]
    public void An_older_person_whose_pain_began_with_a_fall_in_the_last_two_weeks_gets_a_fracture_caution()
    {
        var plan = Planner.Create(Person with { Age = 70, Cause = "fall", EpisodeStarted = Now.AddDays(-5) });

        plan.Status.ShouldBe(PlanStatus.Ok);
        plan.Advice.ShouldContain(a => a.Code == "fall-fracture-caution" && a.Level == AdviceLevel.Caution && a.Text.Contains("70", StringComparison.Ordinal));
        Planner.Create(Person with { Age = 70, Cause = "fall", EpisodeStarted = Now.AddDays(-20) }).Advice.ShouldNotContain(a => a.Code == "fall-fracture-caution");
    }

    [Fact]
    public void A_first_episode_under_twenty_gets_a_caution()
    {
        Planner.Create(Person with { Age = 17, FirstEpisode = true }).Advice.ShouldContain(a => a.Code == "young-first-episode");
        Planner.Create(Person with { Age = 17, FirstEpisode = false }).Advice.ShouldNotContain(a => a.Code == "young-first-episode");
    }

    [Fact]
    public void A_sudden_severe_first_episode_in_an_older_person_gets_a_caution()
    {
        var plan = Planner.Create(Person with { Age = 68, FirstEpisode = true, Pain = 8, EpisodeStarted = Now.AddHours(-20) });

        plan.Advice.ShouldContain(a => a.Code == "sudden-severe-older");
    }

    [Fact]
    public void A_check_in_at_five_past_midnight_plans_no_pack_before_six_in_its_own_offset()
    {
        var night = new DateTimeOffset(2026, 11, 22, 0, 5, 0, TimeSpan.FromHours(-5));
        var plan = Planner.Create(Person with { Now = night, EpisodeStarted = night.AddDays(-10), ThermalPreference = "heat" });

        plan.Thermal.ShouldNotBeEmpty();
        plan.Thermal.ShouldAllBe(t => t.From.ToOffset(night.Offset) >= new DateTimeOffset(2026, 11, 22, 6, 0, 0, night.Offset));
    }

    [Fact]
    public void A_check_in_after_ten_at_night_plans_no_pack_for_the_night()
    {
        var late = new DateTimeOffset(2026, 11, 22, 22, 30, 0, TimeSpan.FromHours(9));
        var plan = Planner.Create(Person with { Now = late, EpisodeStarted = late.AddDays(-10), ThermalPreference = "heat" });

        plan.Thermal.ShouldBeEmpty();
        plan.Advice.ShouldContain(a => a.Code == "thermal-later");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(10)]
    public void At_severe_pain_a_session_keeps_to_ten_minutes_and_five_blocks_whatever_the_minutes_asked(int pain)
    {
        var plan = Planner.Create(Person with { Age = 79, Pain = pain, Minutes = 45, Equipment = Vocabulary.Equipment });

        plan.Session!.TotalSeconds.ShouldBeLessThanOrEqualTo(600);
        plan.Session.Blocks.Count.ShouldBeLessThanOrEqualTo(5);
        plan.Advice.ShouldContain(a => a.Code == "pain-dose" && a.Text.Contains("short, frequent, gentle movement", StringComparison.Ordinal));
    }

    [Fact]
    public void At_moderate_pain_a_long_session_is_capped_at_twenty_minutes_and_says_why()
    {
        var plan = Planner.Create(Person with { Pain = 5, Minutes = 45 });

        plan.Session!.TotalSeconds.ShouldBeLessThanOrEqualTo(SessionRules.ModeratePainMinutes * 60);
        plan.Advice.ShouldContain(a => a.Code == "pain-dose");
    }

    [Theory]
    [InlineData(15, 6)]
    [InlineData(60, 8)]
    public void Even_with_every_piece_of_equipment_a_session_keeps_to_a_small_programme(int minutes, int most)
    {
        var plan = Planner.Create(Person with { Pain = 1, Minutes = minutes, Equipment = Vocabulary.Equipment });

        plan.Session!.Blocks.Count.ShouldBeInRange(SessionRules.MinExercises, most);
        plan.Session.Blocks.Select(b => b.ExerciseId).ShouldBeUnique();
        RecordsOf(plan).Count(SessionRules.IsFlexionHold).ShouldBeLessThanOrEqualTo(2);
    }

    [Theory]
    [InlineData("lifting")]
    [InlineData("twisting")]
    [InlineData("fall")]
    [InlineData("workout")]
    public void In_the_72_hours_after_a_strain_nothing_twists_the_trunk_and_the_plan_says_so(string cause)
    {
        var plan = Planner.Create(Person with { Cause = cause, EpisodeStarted = Now.AddHours(-30), Minutes = 30 });

        RecordsOf(plan).ShouldNotContain(r => r.Movements.Contains("rotation"));
        plan.Advice.ShouldContain(a => a.Code == "no-twisting-after-strain");
    }

    [Fact]
    public void With_a_wrist_problem_nothing_starts_or_ends_on_all_fours()
    {
        var plan = Planner.Create(Person with { Conditions = ["wrist-problem"], Minutes = 60 });

        RecordsOf(plan).ShouldNotContain(r => r.Position == Position.Quadruped || r.Traits.Contains("all-fours"));
        plan.Advice.ShouldContain(a => a.Code == "wrist-problem");
    }

    [Fact]
    public void Sessions_logged_at_mobility_count_towards_stability_but_never_towards_strength()
    {
        SessionRecord[] mobilityOnly = [.. Enumerable.Range(1, 6).Reverse().Select(d => Good(d, Stage.Mobility))];
        SessionRecord[] thenStability = [.. Enumerable.Range(4, 3).Reverse().Select(d => Good(d, Stage.Mobility)), .. Enumerable.Range(1, 3).Reverse().Select(d => Good(d, Stage.Stability))];

        ProgressionRule.Decide(mobilityOnly, 1).Stage.ShouldBe(Stage.Stability);
        ProgressionRule.Decide(thenStability, 1).Stage.ShouldBe(Stage.Strength);
    }

    [Fact]
    public void The_composition_check_finds_every_rule_a_hand_made_plan_breaks()
    {
        var intake = Person with { Conditions = ["wrist-problem"], Cause = "lifting", EpisodeStarted = Now.AddHours(-10), Pain = 8, Minutes = 30 };
        var good = Planner.Create(intake);
        string[] ids = ["knee-to-chest", "double-knee-to-chest", "knee-to-chest-long-hold", "childs-pose", "cat-cow", "supine-twist", "neck-side-stretch", "levator-scapulae-stretch", "knee-to-chest"];
        var blocks = ids.Select(id => good.Session!.Blocks[0] with { ExerciseId = id, Seconds = 200 }).ToList();
        var bad = good with { Session = new Session(blocks.Sum(b => b.Seconds), blocks), Advice = [] };

        var rules = SessionComposition.Check(bad, intake, Knowledge).Select(p => p.Rule).ToHashSet();

        rules.ShouldBe(["no-repeats", "small-programme", "dose-led-by-pain", "flexion-holds", "neck-only", "claims-kept", "claims-shown"], ignoreOrder: true);
        SessionComposition.Check(good, intake, Knowledge).ShouldBeEmpty();
    }
}
