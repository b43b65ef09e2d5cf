using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;

namespace Limber.Core.Tests.Planning;

/// <summary>The rules today's session follows, one test per rule, through the whole engine.</summary>
public class RoutinePlannerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Embedded;

    private static readonly DailyPlanner Planner = new(Knowledge);

    private static readonly string[] HomeEquipment = ["mat", "chair", "wall", "cushion", "towel"];

    private static readonly Position[] LyingPositions = [Position.Supine, Position.Prone];

    private static readonly Position[] KneelingPositions = [Position.Kneeling, Position.HalfKneeling, Position.Quadruped];

    private static readonly Position[] SupportedPositions = [Position.Supine, Position.SideLying, Position.Seated, Position.Quadruped, Position.Any];

    /// <summary>A 40-year-old, ten days into a stiff back of unknown cause, with ordinary home equipment and 20 minutes.</summary>
    private static readonly Intake Person = new()
    {
        Now = Now,
        Age = 40,
        EpisodeStarted = Now.AddDays(-10),
        Pain = 3,
        Stiffness = 6,
        Equipment = HomeEquipment,
        Minutes = 20,
    };

    private static Plan PlanFor(Intake intake) => Planner.Create(intake);

    private static Session SessionFor(Intake intake)
    {
        var plan = PlanFor(intake);
        plan.Status.ShouldBe(PlanStatus.Ok);
        return plan.Session.ShouldNotBeNull();
    }

    private static CatalogRecord RecordOf(SessionBlock block) => Knowledge.Find(block.ExerciseId).ShouldNotBeNull(block.ExerciseId);

    private static List<CatalogRecord> RecordsOf(Intake intake) => [.. SessionFor(intake).Blocks.Select(RecordOf)];

    /// <summary>Completed sessions that went well, one a day up to yesterday: three reach stability, six strength.</summary>
    private static SessionRecord[] GoodSessions(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SessionRecord(Now.AddDays(i - count), true, i < 3 ? Stage.Mobility : Stage.Stability, 3, 2, 5, 3, 2, "right", null))];

    private static Intake AtStage(Stage stage, Intake? intake = null) =>
        (intake ?? Person) with
        {
            Pain = 2,
            History = GoodSessions(stage switch { Stage.Stability => 3, Stage.Strength => 6, _ => 0 }),
        };

    [Theory]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(12)]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(60)]
    public void The_session_fits_in_the_minutes_and_its_total_is_the_sum_of_its_blocks(int minutes)
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var session = SessionFor(AtStage(stage) with { Minutes = minutes });

            session.TotalSeconds.ShouldBeLessThanOrEqualTo(minutes * 60, $"{stage}");
            session.TotalSeconds.ShouldBe(session.Blocks.Sum(b => b.Seconds), $"{stage}");
        }
    }

    [Theory]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(25)]
    [InlineData(30)]
    [InlineData(40)]
    [InlineData(45)]
    [InlineData(60)]
    public void With_fifteen_minutes_or_more_the_session_uses_three_quarters_of_the_time_or_the_plan_says_why_not(int minutes)
    {
        Intake[] people =
        [
            Person,
            Person with { Age = 75, Cause = "sitting" },
            AtStage(Stage.Stability),
            AtStage(Stage.Strength, Person with { Equipment = Vocabulary.Equipment }),
            Person with { Equipment = [] },
        ];

        foreach (var person in people)
        {
            var plan = new DailyPlanner(Knowledge).Create(person with { Minutes = minutes });
            var filled = plan.Session!.TotalSeconds >= (int)Math.Ceiling(minutes * 60 * 0.75);

            (filled || plan.Advice.Any(a => a.Code == "short-session")).ShouldBeTrue($"{LimberJson.Serialize(person)}");
            if (minutes <= 20)
            {
                filled.ShouldBeTrue($"{minutes} minutes: {LimberJson.Serialize(person)}");
            }
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(60)]
    public void Each_block_lasts_what_block_timing_gives_for_its_record_and_dose(int minutes)
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            foreach (var block in SessionFor(AtStage(stage, Person with { Equipment = Vocabulary.Equipment }) with { Minutes = minutes }).Blocks)
            {
                var record = RecordOf(block);
                var expected = BlockTiming.Seconds(record.Kind, block.Sides, block.Sets, block.Reps, block.HoldSeconds, block.RestSeconds, record.Dose.SecondsPerRep);

                block.Seconds.ShouldBe(expected, block.ExerciseId);
                block.RestSeconds.ShouldBe(record.Dose.RestSeconds, block.ExerciseId);
                block.SecondsPerRep.ShouldBe(record.Dose.SecondsPerRep, block.ExerciseId);
                block.Sets.ShouldBeInRange(record.Dose.Sets.Min, record.Dose.Sets.Max, block.ExerciseId);
                block.Reps.ShouldBeInRange(record.Dose.Reps.Min, record.Dose.Reps.Max, block.ExerciseId);
            }
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(15)]
    [InlineData(20)]
    [InlineData(60)]
    public void From_ten_minutes_the_session_starts_with_a_mobility_warm_up_and_ends_with_a_relaxation_cool_down(int minutes)
    {
        var blocks = SessionFor(Person with { Minutes = minutes }).Blocks;

        blocks.Count.ShouldBeGreaterThanOrEqualTo(3);
        blocks[0].Part.ShouldBe(SessionPart.WarmUp);
        RecordOf(blocks[0]).Kind.ShouldBe(RecordKind.Mobility);
        blocks[^1].Part.ShouldBe(SessionPart.CoolDown);
        RecordOf(blocks[^1]).Kind.ShouldBe(RecordKind.Relaxation);
        blocks.Count(b => b.Part == SessionPart.WarmUp).ShouldBe(1);
        blocks.Count(b => b.Part == SessionPart.CoolDown).ShouldBe(1);
    }

    [Fact]
    public void Without_a_wall_the_cool_down_is_a_relaxation_that_needs_no_equipment()
    {
        var blocks = SessionFor(Person with { Equipment = [] }).Blocks;

        blocks[^1].Part.ShouldBe(SessionPart.CoolDown);
        var record = RecordOf(blocks[^1]);
        record.Kind.ShouldBe(RecordKind.Relaxation);
        record.Equipment.ShouldBeEmpty();
    }

    [Fact]
    public void A_five_minute_session_still_starts_with_the_warm_up()
    {
        var blocks = SessionFor(Person with { Minutes = 5 }).Blocks;

        blocks[0].Part.ShouldBe(SessionPart.WarmUp);
        RecordOf(blocks[0]).Kind.ShouldBe(RecordKind.Mobility);
    }

    [Theory]
    [InlineData("")]
    [InlineData("chair")]
    [InlineData("mat towel")]
    [InlineData("wall cushion")]
    [InlineData("stability-ball resistance-band")]
    [InlineData("foam-roller chair")]
    public void Nothing_needs_equipment_the_person_lacks(string owned)
    {
        var equipment = owned.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var stage in Enum.GetValues<Stage>())
        {
            foreach (var record in RecordsOf(AtStage(stage, Person with { Equipment = equipment, Minutes = 60 })))
            {
                record.Equipment.ShouldBeSubsetOf(equipment, record.Id);
            }
        }
    }

    [Fact]
    public void Someone_who_cannot_get_down_to_the_floor_gets_nothing_that_needs_it()
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var records = RecordsOf(AtStage(stage, Person with { CanGetToFloor = false, Equipment = Vocabulary.Equipment, Minutes = 60 }));

            records.ShouldNotBeEmpty();
            records.ShouldAllBe(r => !RoutinePlanner.NeedsFloor(r));
            records.ShouldAllBe(r => r.Position == Position.Standing || r.Position == Position.Any || (r.Position == Position.Seated && r.Equipment.Contains("chair")));
        }
    }

    [Fact]
    public void Someone_who_cannot_kneel_gets_nothing_kneeling_half_kneeling_or_on_all_fours()
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var records = RecordsOf(AtStage(stage, Person with { CanKneel = false, Equipment = Vocabulary.Equipment, Minutes = 60 }));

            records.ShouldNotBeEmpty();
            records.ShouldAllBe(r => !KneelingPositions.Contains(r.Position));
        }
    }

    [Fact]
    public void Someone_who_can_kneel_may_get_kneeling_work()
    {
        RecordsOf(Person with { Cause = "sitting", Minutes = 60 }).ShouldContain(r => KneelingPositions.Contains(r.Position));
    }

    [Theory]
    [InlineData("pregnancy")]
    [InlineData("osteoporosis")]
    [InlineData("disc-herniation")]
    [InlineData("hip-replacement")]
    [InlineData("knee-problem")]
    [InlineData("wrist-problem")]
    [InlineData("impaired-sensation")]
    [InlineData("cold-sensitivity")]
    [InlineData("heart-condition")]
    [InlineData("high-blood-pressure")]
    public void A_condition_rules_out_every_record_that_lists_it_as_a_contraindication(string condition)
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            foreach (var minutes in new[] { 10, 30, 60 })
            {
                var intake = AtStage(stage, Person with
                {
                    Conditions = [condition],
                    PregnancyWeeks = condition == "pregnancy" ? 8 : null,
                    Equipment = Vocabulary.Equipment,
                    Minutes = minutes,
                    ThermalPreference = "heat",
                });
                var plan = PlanFor(intake);

                plan.Session.ShouldNotBeNull().Blocks.Select(RecordOf).ShouldAllBe(r => !r.Contraindications.Contains(condition));
                plan.Thermal.Select(t => Knowledge.Find(t.TherapyId)!).ShouldAllBe(r => !r.Contraindications.Contains(condition));
            }
        }
    }

    [Theory]
    [InlineData(13)]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(42)]
    public void After_week_twelve_of_pregnancy_nothing_is_planned_lying_on_the_back_or_front(int weeks)
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var records = RecordsOf(AtStage(stage, Person with { Conditions = ["pregnancy"], PregnancyWeeks = weeks, Equipment = Vocabulary.Equipment, Minutes = 60 }));

            records.ShouldNotBeEmpty();
            records.ShouldAllBe(r => !LyingPositions.Contains(r.Position));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(12)]
    public void Up_to_week_twelve_of_pregnancy_work_lying_on_the_back_may_still_be_planned(int weeks)
    {
        RecordsOf(Person with { Conditions = ["pregnancy"], PregnancyWeeks = weeks, Minutes = 30 })
            .ShouldContain(r => r.Position == Position.Supine);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(10)]
    public void With_pain_of_seven_or_more_only_gentle_mobility_stage_work_in_supported_positions_is_planned(int pain)
    {
        foreach (var minutes in new[] { 5, 20, 60 })
        {
            var records = RecordsOf(Person with { Pain = pain, Equipment = Vocabulary.Equipment, Minutes = minutes, History = GoodSessions(6) });

            records.ShouldNotBeEmpty();
            foreach (var record in records)
            {
                record.Kind.ShouldBeOneOf([RecordKind.Stretch, RecordKind.Mobility, RecordKind.Relaxation], record.Id);
                record.Stage.ShouldBe(Stage.Mobility, record.Id);
                record.Position.ShouldBeOneOf(SupportedPositions, record.Id);
            }
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(10)]
    public void With_pain_of_seven_or_more_the_advice_says_the_session_is_gentle_only(int pain)
    {
        PlanFor(Person with { Pain = pain }).Advice.Select(a => a.Code).ShouldContain("gentle-only");
    }

    [Fact]
    public void With_pain_below_seven_the_advice_does_not_say_gentle_only()
    {
        PlanFor(Person with { Pain = 6 }).Advice.Select(a => a.Code).ShouldNotContain("gentle-only");
    }

    [Theory]
    [InlineData(10)]
    [InlineData(30)]
    [InlineData(60)]
    public void At_the_mobility_stage_there_is_no_stability_or_strength_work(int minutes)
    {
        var plan = PlanFor(Person with { Equipment = Vocabulary.Equipment, Minutes = minutes });

        plan.Stage.ShouldBe(Stage.Mobility);
        foreach (var block in plan.Session.ShouldNotBeNull().Blocks)
        {
            var record = RecordOf(block);
            record.Kind.ShouldNotBeOneOf([RecordKind.Stability, RecordKind.Strength], record.Id);
            record.Stage.ShouldBe(Stage.Mobility, record.Id);
            block.Part.ShouldNotBeOneOf([SessionPart.Stability, SessionPart.Strength], record.Id);
        }
    }

    /// <summary>
    /// Reproduce: {"now":"2026-11-22T09:00:00Z","age":40,"episodeStarted":"2026-11-12T09:00:00Z","pain":2,"stiffness":6,
    /// "equipment":["cushion","wall"],"minutes":20,"history":[three sessions {"completed":true,"painBefore":3,"painAfter":2} on
    /// 2026-11-19, -20 and -21]}: stage stability, 955 of 1200 s, no stability block. Bird-dog (395 s) is added last, then
    /// fitting the legs-up-the-wall cool-down removes the last block whole, and the 245 s left are never filled again.
    /// </summary>
    [Fact]
    public void After_three_sessions_that_went_well_twenty_minutes_include_stability_work()
    {
        var plan = PlanFor(AtStage(Stage.Stability));

        plan.Stage.ShouldBe(Stage.Stability);
        var blocks = plan.Session.ShouldNotBeNull().Blocks;
        blocks.ShouldContain(b => b.Part == SessionPart.Stability && RecordOf(b).Kind == RecordKind.Stability);
        blocks.Select(RecordOf).ShouldAllBe(r => r.Stage <= Stage.Stability);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(60)]
    public void After_three_sessions_that_went_well_a_longer_session_includes_stability_work(int minutes)
    {
        var plan = PlanFor(AtStage(Stage.Stability) with { Minutes = minutes });

        plan.Stage.ShouldBe(Stage.Stability);
        var blocks = plan.Session.ShouldNotBeNull().Blocks;
        blocks.ShouldContain(b => b.Part == SessionPart.Stability && RecordOf(b).Kind == RecordKind.Stability);
        blocks.Select(RecordOf).ShouldAllBe(r => r.Stage <= Stage.Stability);
    }

    [Fact]
    public void After_six_sessions_that_went_well_twenty_minutes_include_strength_work()
    {
        var plan = PlanFor(AtStage(Stage.Strength));

        plan.Stage.ShouldBe(Stage.Strength);
        plan.Session.ShouldNotBeNull().Blocks.ShouldContain(b => b.Part == SessionPart.Strength && RecordOf(b).Kind == RecordKind.Strength);
    }

    [Theory]
    [InlineData(16, 20)]
    [InlineData(40, 20)]
    [InlineData(64, 20)]
    [InlineData(65, 30)]
    [InlineData(80, 30)]
    [InlineData(110, 30)]
    public void Static_stretches_that_follow_acsm_are_held_20_seconds_under_65_and_30_seconds_from_65(int age, int hold)
    {
        var acsm = age >= RoutinePlanner.OlderAdultAge ? new IntRange(30, 60) : new IntRange(10, 30);
        var blocks = SessionFor(Person with { Age = age, Minutes = 60 }).Blocks
            .Where(b => RecordOf(b).DoseSources.Any(c => c.Field == "dose.holdSeconds" && c.Source == "ACSM-2021"))
            .ToList();

        blocks.ShouldNotBeEmpty();
        foreach (var block in blocks)
        {
            var range = RecordOf(block).Dose.HoldSeconds;
            block.HoldSeconds.ShouldBe(hold, block.ExerciseId);
            block.HoldSeconds.ShouldBeInRange(range.Min, range.Max, block.ExerciseId);
            block.HoldSeconds.ShouldBeInRange(acsm.Min, acsm.Max, block.ExerciseId);
        }
    }

    [Fact]
    public void One_sided_records_are_done_on_each_side_and_symmetric_ones_once()
    {
        var blocks = SessionFor(Person with { Minutes = 60, Equipment = Vocabulary.Equipment }).Blocks;

        blocks.ShouldContain(b => b.Sides == Sides.Each);
        blocks.ShouldContain(b => b.Sides == Sides.Both);
        blocks.ShouldAllBe(b => b.Sides == RecordOf(b).Dose.Sides);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(60)]
    public void A_back_stiffened_by_sitting_gets_a_hip_flexor_or_hamstring_stretch(int minutes)
    {
        foreach (var intake in new[] { Person, Person with { CanKneel = false }, Person with { CanGetToFloor = false }, Person with { Pain = 8 } })
        {
            RecordsOf(intake with { Cause = "sitting", Minutes = minutes })
                .ShouldContain(r => r.Kind == RecordKind.Stretch && (r.Targets.Contains("hip-flexors") || r.Targets.Contains("hamstrings")), LimberJson.Serialize(intake));
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(60)]
    public void A_back_strained_by_lifting_gets_a_lumbar_or_glutes_stretch(int minutes)
    {
        foreach (var intake in new[] { Person, Person with { CanKneel = false }, Person with { CanGetToFloor = false }, Person with { Pain = 8 } })
        {
            RecordsOf(intake with { Cause = "lifting", Minutes = minutes })
                .ShouldContain(r => r.Kind == RecordKind.Stretch && (r.Targets.Contains("lumbar") || r.Targets.Contains("glutes")), LimberJson.Serialize(intake));
        }
    }

    [Fact]
    public void Every_block_is_explained_and_cites_sources_listed_in_the_plan()
    {
        foreach (var stage in Enum.GetValues<Stage>())
        {
            var plan = PlanFor(AtStage(stage, Person with { Age = 70, Minutes = 60, Equipment = Vocabulary.Equipment }));
            var listed = plan.Sources.Select(s => s.Id).ToHashSet();

            foreach (var block in plan.Session.ShouldNotBeNull().Blocks)
            {
                block.Why.ShouldNotBeNullOrWhiteSpace(block.ExerciseId);
                block.Sources.ShouldNotBeEmpty(block.ExerciseId);
                block.Sources.ShouldAllBe(s => listed.Contains(s), block.ExerciseId);
            }
        }
    }

    [Theory]
    [MemberData(nameof(VariedPeople))]
    public void Every_cited_source_is_listed_in_the_plan_with_a_title(string label, Intake intake)
    {
        var plan = PlanFor(intake);
        var cited = plan.Advice.SelectMany(a => a.Sources)
            .Concat(plan.Thermal.SelectMany(t => t.Sources))
            .Concat(plan.Session?.Blocks.SelectMany(b => b.Sources) ?? [])
            .Concat(plan.Habits.SelectMany(h => h.Sources))
            .Distinct()
            .ToList();

        cited.ShouldNotBeEmpty(label);
        plan.Sources.Select(s => s.Id).ShouldBeUnique(label);
        foreach (var id in cited)
        {
            var source = plan.Sources.SingleOrDefault(s => s.Id == id).ShouldNotBeNull($"{label}: {id} is cited but not listed");
            source.Title.ShouldNotBeNullOrWhiteSpace($"{label}: {id}");
            source.Title.ShouldBe(Knowledge.FindSource(id).ShouldNotBeNull(id).Title);
        }
    }

    [Theory]
    [MemberData(nameof(VariedPeople))]
    public void The_same_intake_gives_byte_identical_json(string label, Intake intake)
    {
        var first = LimberJson.Serialize(Planner.Create(intake));
        var again = LimberJson.Serialize(Planner.Create(intake));
        var fresh = LimberJson.Serialize(new DailyPlanner(KnowledgeBase.Embedded).Create(intake with { }));

        again.ShouldBe(first, label);
        fresh.ShouldBe(first, label);
    }

    [Theory]
    [MemberData(nameof(VariedPeople))]
    public void The_easier_option_of_a_block_is_itself_allowed_for_the_person(string label, Intake intake)
    {
        var plan = PlanFor(intake);
        foreach (var block in plan.Session?.Blocks ?? [])
        {
            if (block.Easier is { } easier)
            {
                var record = Knowledge.Find(easier).ShouldNotBeNull($"{label}: {block.ExerciseId} -> {easier}");
                RecordOf(block).Easier.ShouldContain(easier, label);
                PlanPropertyTests.WhyNotAllowed(record, intake, plan.Stage).ShouldBeEmpty($"{label}: {block.ExerciseId} -> {easier}");
            }
        }
    }

    [Fact]
    public void Some_blocks_offer_an_easier_option()
    {
        var plan = PlanFor(AtStage(Stage.Strength, Person with { Minutes = 60, Equipment = Vocabulary.Equipment }));

        plan.Session.ShouldNotBeNull().Blocks.ShouldContain(b => b.Easier != null);
    }

    /// <summary>People who between them reach every stage, condition, thermal path and restriction.</summary>
    public static TheoryData<string, Intake> VariedPeople()
    {
        var data = new TheoryData<string, Intake>
        {
            { "default", Person },
            { "everything at hand, strength stage", AtStage(Stage.Strength, Person with { Equipment = Vocabulary.Equipment, Minutes = 60 }) },
            { "stability stage, cannot kneel", AtStage(Stage.Stability, Person with { CanKneel = false, Minutes = 30 }) },
            { "fresh lifting strain with a cold pack", Person with { Cause = "lifting", EpisodeStarted = Now.AddHours(-5), Equipment = ["cold-pack", "mat"] } },
            { "prefers heat, has a bath and a sauna", Person with { ThermalPreference = "heat", Equipment = ["bath", "sauna"], EpisodeStarted = Now.AddDays(-100) } },
            { "pregnant, week 30, heat pack", Person with { Conditions = ["pregnancy"], PregnancyWeeks = 30, Equipment = ["heat-pack", "chair"], ThermalPreference = "heat" } },
            { "many conditions, no floor", Person with { Conditions = ["osteoporosis", "hip-replacement", "high-blood-pressure", "heart-condition"], CanGetToFloor = false, Age = 82 } },
            { "wrists, knees, sciatica", Person with { Conditions = ["wrist-problem", "knee-problem", "disc-herniation"], PainSpread = "below-knee", FirstEpisode = true, Age = 55 } },
            { "severe pain", Person with { Pain = 9, Equipment = Vocabulary.Equipment, Minutes = 45, Cause = "twisting" } },
            { "impaired sensation, prefers cold", Person with { Conditions = ["impaired-sensation"], ThermalPreference = "cold", Equipment = ["cold-pack", "heat-pack"] } },
            { "cold-sensitive, fresh workout strain", Person with { Conditions = ["cold-sensitivity"], Cause = "workout", EpisodeStarted = Now.AddHours(-30), Equipment = ["cold-pack", "heat-pack"] } },
            { "red flag: emergency", Person with { RedFlags = ["saddle-numbness"] } },
            { "red flag: soon", Person with { RedFlags = ["night-pain", "cancer-history"] } },
            { "five minutes", Person with { Minutes = 5, Cause = "sleep" } },
        };
        return data;
    }
}
