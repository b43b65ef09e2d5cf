using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;
using Xunit.Abstractions;

namespace Limber.Core.Tests.Planning;

/// <summary>
/// Invariants every plan keeps, checked over <see cref="Count"/> random valid intakes drawn from
/// <c>new Random(<see cref="Seed"/>)</c>. A failure names the intake's index in that sequence and
/// prints it as intake JSON, ready for <c>limber plan --intake -</c>; <see cref="RandomIntakes"/>
/// regenerates the same sequence.
/// </summary>
public class PlanPropertyTests(ITestOutputHelper output)
{
    public const int Seed = 20261122;

    public const int Count = 5000;

    private const int ShownFailures = 5;

    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    private static readonly KnowledgeBase Knowledge = KnowledgeBase.Embedded;

    private static readonly JsonSerializerOptions Compact = new(LimberJson.Options) { WriteIndented = false };

    private static readonly Position[] KneelingPositions = [Position.Kneeling, Position.HalfKneeling, Position.Quadruped];

    private static readonly Position[] SupportedPositions = [Position.Supine, Position.SideLying, Position.Seated, Position.Quadruped, Position.Any];

    private static readonly string[] PainSpreads = ["none", "buttock", "thigh", "below-knee"];

    private static readonly string[] ThermalPreferences = ["heat", "cold", "none"];

    private static readonly string[] Difficulties = ["too-easy", "right", "too-hard"];

    private static readonly string[] StopReasons = ["pain", "leg-symptoms", "time", "other"];

    private static readonly string[] LargeAreaHeatConditions = ["pregnancy", "heart-condition"];

    private static readonly Lazy<List<Sample>> AllCases = new(() =>
    {
        var planner = new DailyPlanner(Knowledge);
        return [.. RandomIntakes().Select((intake, index) => new Sample(index, intake, planner.Create(intake)))];
    });

    private static List<Sample> Cases => AllCases.Value;

    /// <summary>One random intake and the plan made for it.</summary>
    public sealed record Sample(int Index, Intake Intake, Plan Plan)
    {
        public string Json { get; } = IntakeJson(Intake);

        public List<(SessionBlock Block, CatalogRecord Record)> Blocks { get; } =
            [.. (Plan.Session?.Blocks ?? []).Select(b => (b, Knowledge.Find(b.ExerciseId)!))];
    }

    /// <summary>The random intakes, in order: index i of a failure is element i of this sequence.</summary>
    public static IEnumerable<Intake> RandomIntakes()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Count; i++)
        {
            yield return RandomIntake(random);
        }
    }

    /// <summary>The intake as contract JSON (intake.schema.json).</summary>
    public static string IntakeJson(Intake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var json = new Dictionary<string, object?>
        {
            ["now"] = intake.Now,
            ["age"] = intake.Age,
            ["episodeStarted"] = intake.EpisodeStarted,
            ["firstEpisode"] = intake.FirstEpisode,
            ["cause"] = intake.Cause,
            ["pain"] = intake.Pain,
            ["stiffness"] = intake.Stiffness,
            ["painSpread"] = intake.PainSpread,
            ["redFlags"] = intake.RedFlags,
            ["conditions"] = intake.Conditions,
        };
        if (intake.PregnancyWeeks is { } weeks)
        {
            json["pregnancyWeeks"] = weeks;
        }

        json["mobility"] = new Dictionary<string, bool> { ["floor"] = intake.CanGetToFloor, ["kneeling"] = intake.CanKneel };
        json["equipment"] = intake.Equipment;
        json["minutes"] = intake.Minutes;
        json["thermalPreference"] = intake.ThermalPreference;
        json["history"] = intake.History.Select(s => new Dictionary<string, object?>
        {
            ["date"] = s.Date,
            ["completed"] = s.Completed,
            ["stage"] = s.Stage,
            ["painBefore"] = s.PainBefore,
            ["painAfter"] = s.PainAfter,
            ["stiffnessBefore"] = s.StiffnessBefore,
            ["stiffnessAfter"] = s.StiffnessAfter,
            ["nextDayPain"] = s.NextDayPain,
            ["difficulty"] = s.Difficulty,
            ["stoppedFor"] = s.StoppedFor,
        }.Where(f => f.Value is not null).ToDictionary()).ToList();
        return JsonSerializer.Serialize(json, Compact);
    }

    /// <summary>Why a record may not be planned for this person at this stage; empty when it may.</summary>
    public static IEnumerable<string> WhyNotAllowed(CatalogRecord record, Intake intake, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(intake);
        if (record.Stage > stage)
        {
            yield return $"{record.Id} belongs to the {Code.Of(record.Stage)} stage, beyond today's {Code.Of(stage)}";
        }

        foreach (var missing in record.Equipment.Where(e => !intake.Equipment.Contains(e)))
        {
            yield return $"{record.Id} needs {missing}, which the person does not have";
        }

        if (!intake.CanGetToFloor && RoutinePlanner.NeedsFloor(record))
        {
            yield return $"{record.Id} needs the floor ({Code.Of(record.Position)}) but the person cannot get down to it";
        }

        if (!intake.CanKneel && KneelingPositions.Contains(record.Position))
        {
            yield return $"{record.Id} is {Code.Of(record.Position)} but the person cannot kneel";
        }

        foreach (var condition in record.Contraindications.Where(intake.Has))
        {
            yield return $"{record.Id} is contraindicated for {condition}";
        }

        if (intake.Has("pregnancy") && intake.PregnancyWeeks > RoutinePlanner.PregnancyWeeksLyingLimit && record.Position is Position.Supine or Position.Prone)
        {
            yield return $"{record.Id} is {Code.Of(record.Position)}, in week {intake.PregnancyWeeks} of pregnancy";
        }

        if (intake.Pain >= RoutinePlanner.GentlePain
            && !(record.Kind is RecordKind.Stretch or RecordKind.Mobility or RecordKind.Relaxation
                && record.Stage == Stage.Mobility
                && SupportedPositions.Contains(record.Position)))
        {
            yield return $"{record.Id} ({Code.Of(record.Kind)}, {Code.Of(record.Stage)}, {Code.Of(record.Position)}) is not gentle supported work, with pain {intake.Pain}";
        }

        if (SessionRules.Excluding(record, intake) is { } claim)
        {
            yield return $"{record.Id} breaks the plan's promise \"{claim.Code}\"";
        }
    }

    [Fact]
    public void The_random_intakes_are_valid_by_the_contract_and_reach_every_branch()
    {
        var problems = Cases
            .Select(c => (c.Index, c.Json, IntakeReader.Read(c.Json, Now).Problems))
            .Where(r => r.Problems.Count > 0)
            .Select(r => $"#{r.Index}: {string.Join("; ", r.Problems)}{Environment.NewLine}  intake: {r.Json}")
            .Take(ShownFailures)
            .ToList();
        problems.ShouldBeEmpty();

        var intakes = Cases.Select(c => c.Intake).ToList();
        intakes.Count(i => i.RedFlags.Count > 0).ShouldBeInRange(Count / 10, Count * 3 / 10);
        intakes.ShouldContain(i => i.Has("pregnancy") && i.PregnancyWeeks > RoutinePlanner.PregnancyWeeksLyingLimit);
        intakes.ShouldContain(i => i.Has("pregnancy") && i.PregnancyWeeks <= RoutinePlanner.PregnancyWeeksLyingLimit);
        intakes.ShouldContain(i => !i.CanGetToFloor);
        intakes.ShouldContain(i => !i.CanKneel);
        intakes.Select(i => i.Minutes).Distinct().Count().ShouldBe(56);
        var ok = Cases.Where(c => c.Plan.Status == PlanStatus.Ok).ToList();
        foreach (var stage in Enum.GetValues<Stage>())
        {
            ok.Count(c => c.Plan.Stage == stage).ShouldBeGreaterThan(20, $"{stage}");
        }

        foreach (var episode in Enum.GetValues<Episode>())
        {
            ok.ShouldContain(c => c.Plan.Episode == episode, $"{episode}");
        }

        ok.ShouldContain(c => c.Plan.Thermal.Any(t => t.Kind == ThermalMode.Cold));
        ok.ShouldContain(c => c.Plan.Thermal.Any(t => Knowledge.Find(t.TherapyId)!.Thermal!.LargeArea));
        ok.ShouldContain(c => c.Plan.Thermal.Any(t => t.TherapyId == "heat-pack"));
    }

    [Fact]
    public void Every_session_fits_in_the_minutes_and_its_total_is_the_sum_of_its_blocks() => Holds(c => TimeProblems(c));

    [Fact]
    public void Every_block_lasts_what_block_timing_gives_for_its_dose() => Holds(c => TimingProblems(c));

    [Fact]
    public void No_block_needs_equipment_the_person_lacks() =>
        Holds(c => c.Blocks.SelectMany(b => b.Record.Equipment.Where(e => !c.Intake.Equipment.Contains(e)).Select(e => $"{b.Record.Id} needs {e}")));

    [Fact]
    public void No_block_needs_the_floor_or_kneeling_when_the_person_cannot() =>
        Holds(c => c.Blocks
            .Where(b => (!c.Intake.CanGetToFloor && RoutinePlanner.NeedsFloor(b.Record)) || (!c.Intake.CanKneel && KneelingPositions.Contains(b.Record.Position)))
            .Select(b => $"{b.Record.Id} is {Code.Of(b.Record.Position)}"));

    [Fact]
    public void No_block_or_thermal_step_is_contraindicated_for_the_person_s_conditions() =>
        Holds(c => c.Blocks.Select(b => b.Record)
            .Concat(c.Plan.Thermal.Select(t => Knowledge.Find(t.TherapyId)!))
            .SelectMany(r => r.Contraindications.Where(c.Intake.Has).Select(condition => $"{r.Id} is contraindicated for {condition}")));

    [Fact]
    public void After_week_twelve_of_pregnancy_nothing_lies_on_the_back_or_front() =>
        Holds(c => c.Intake.Has("pregnancy") && c.Intake.PregnancyWeeks > RoutinePlanner.PregnancyWeeksLyingLimit
            ? c.Blocks.Where(b => b.Record.Position is Position.Supine or Position.Prone).Select(b => $"{b.Record.Id} is {Code.Of(b.Record.Position)} in week {c.Intake.PregnancyWeeks}")
            : []);

    [Fact]
    public void Every_session_opens_with_its_only_warm_up_and_from_ten_minutes_closes_with_a_relaxation_cool_down() =>
        Holds(c => PartProblems(c));

    [Fact]
    public void Every_block_is_allowed_for_the_person_at_today_s_stage() =>
        Holds(c => c.Blocks.SelectMany(b => WhyNotAllowed(b.Record, c.Intake, c.Plan.Stage)));

    [Fact]
    public void Any_red_flag_means_no_self_care_and_none_means_an_ok_plan_with_a_session() =>
        Holds(c => TriageProblems(c));

    [Fact]
    public void Every_hold_is_within_its_record_s_range_and_acsm_stretches_follow_acsm() => Holds(c => HoldProblems(c));

    [Fact]
    public void Every_block_is_explained_and_cited_and_every_cited_source_is_listed() => Holds(c => CitationProblems(c));

    [Fact]
    public void Every_easier_option_is_itself_allowed_for_the_person() =>
        Holds(c => c.Blocks
            .Where(b => b.Block.Easier is not null)
            .SelectMany(b => Knowledge.Find(b.Block.Easier!) is { } easier
                ? WhyNotAllowed(easier, c.Intake, c.Plan.Stage).Select(why => $"easier option of {b.Record.Id}: {why}")
                : [$"easier option {b.Block.Easier} of {b.Record.Id} is not in the catalog"]));

    [Fact]
    public void Every_plan_keeps_the_shape_of_a_session_a_physiotherapist_would_hand_out() =>
        Holds(c => SessionComposition.Check(c.Plan, c.Intake, Knowledge).Select(p => $"{p.Rule}: {p.Message}"));

    [Fact]
    public void Every_thermal_step_is_safe_owned_and_timed_by_its_record() => Holds(c => ThermalProblems(c));

    [Fact]
    public void The_episode_follows_the_days_since_it_started() =>
        Holds(c =>
        {
            var days = (c.Intake.Now - c.Intake.EpisodeStarted).TotalDays;
            var expected = days < 42 ? Episode.Acute : days <= 84 ? Episode.Subacute : Episode.Chronic;
            return c.Plan.Episode == expected ? [] : [$"{days:0.###} days gave {Code.Of(c.Plan.Episode)}, expected {Code.Of(expected)}"];
        });

    [Fact]
    public void The_share_of_the_minutes_each_session_uses_is_reported()
    {
        var ok = Cases.Where(c => c.Plan.Session is not null).ToList();
        ok.Count.ShouldBeGreaterThan(Count / 2);
        Report("all ok plans", ok);
        Report("15 minutes or more", [.. ok.Where(c => c.Intake.Minutes >= 15)]);
        Report("15+ minutes, pain under 7, can get to the floor", [.. ok.Where(c => c.Intake.Minutes >= 15 && c.Intake.Pain < RoutinePlanner.GentlePain && c.Intake.CanGetToFloor)]);
        Report("pain 7 or more", [.. ok.Where(c => c.Intake.Pain >= RoutinePlanner.GentlePain)]);
        Report("cannot get to the floor", [.. ok.Where(c => !c.Intake.CanGetToFloor)]);
        foreach (var stage in Enum.GetValues<Stage>())
        {
            output.WriteLine($"stage {Code.Of(stage)}: {ok.Count(c => c.Plan.Stage == stage)} ok plans");
        }

        var noStageWork = ok
            .Where(c => c.Plan.Stage > Stage.Mobility && c.Intake.Minutes >= 20 && c.Intake.Pain < RoutinePlanner.GentlePain)
            .Select(c => (Sample: c, Missing: !c.Blocks.Exists(b => b.Block.Part is SessionPart.Stability or SessionPart.Strength)))
            .ToList();
        output.WriteLine($"stability or strength stage, 20+ minutes, pain under 7: {noStageWork.Count(s => s.Missing)} of {noStageWork.Count} without stability or strength work");
        foreach (var (sample, _) in noStageWork.Where(s => s.Missing).Take(ShownFailures))
        {
            output.WriteLine($"  #{sample.Index} ({sample.Intake.Minutes} minutes): {sample.Json}");
        }

        var empty = ok.Where(c => c.Plan.Session!.Blocks.Count == 0).ToList();
        output.WriteLine($"empty sessions: {empty.Count}");
        foreach (var c in empty.Take(ShownFailures))
        {
            output.WriteLine($"  #{c.Index}: {c.Json}");
        }
    }

    private void Report(string label, List<Sample> cases)
    {
        var shares = cases.Select(Share).Order().ToList();
        if (shares.Count == 0)
        {
            output.WriteLine($"{label}: none");
            return;
        }

        output.WriteLine(
            $"{label} ({shares.Count}): min {shares[0]:P1}, 5th percentile {shares[shares.Count / 20]:P1}, median {shares[shares.Count / 2]:P1}, "
            + $"mean {shares.Average():P1}, max {shares[^1]:P1}, under 75% {shares.Count(s => s < 0.75)}");
        foreach (var low in cases.OrderBy(Share).ThenBy(c => c.Index).Take(3))
        {
            output.WriteLine($"  #{low.Index} uses {Share(low):P1} ({low.Plan.Session!.TotalSeconds} s, stage {Code.Of(low.Plan.Stage)}): {low.Json}");
        }
    }

    private static double Share(Sample c) => c.Plan.Session!.TotalSeconds / (c.Intake.Minutes * 60.0);

    private static IEnumerable<string> TimeProblems(Sample c)
    {
        if (c.Plan.Session is not { } session)
        {
            yield break;
        }

        if (session.TotalSeconds > c.Intake.Minutes * 60)
        {
            yield return $"{session.TotalSeconds} s planned in {c.Intake.Minutes} minutes";
        }

        if (session.TotalSeconds != session.Blocks.Sum(b => b.Seconds))
        {
            yield return $"total {session.TotalSeconds} s but the blocks add up to {session.Blocks.Sum(b => b.Seconds)} s";
        }
    }

    private static IEnumerable<string> TimingProblems(Sample c)
    {
        foreach (var (block, record) in c.Blocks)
        {
            var expected = BlockTiming.Seconds(record.Kind, block.Sides, block.Sets, block.Reps, block.HoldSeconds, block.RestSeconds, record.Dose.SecondsPerRep);
            if (block.Seconds != expected)
            {
                yield return $"{record.Id} lasts {block.Seconds} s, BlockTiming gives {expected} s";
            }

            if (block.Sides != record.Dose.Sides)
            {
                yield return $"{record.Id} is done on {Code.Of(block.Sides)}, the record says {Code.Of(record.Dose.Sides)}";
            }

            if (block.RestSeconds != record.Dose.RestSeconds || block.SecondsPerRep != record.Dose.SecondsPerRep)
            {
                yield return $"{record.Id} rests {block.RestSeconds} s at {block.SecondsPerRep} s a rep, the record says {record.Dose.RestSeconds} s at {record.Dose.SecondsPerRep} s";
            }

            if (block.Sets < record.Dose.Sets.Min || block.Sets > record.Dose.Sets.Max || block.Reps < record.Dose.Reps.Min || block.Reps > record.Dose.Reps.Max)
            {
                yield return $"{record.Id} has {block.Sets} x {block.Reps}, outside sets {record.Dose.Sets} and reps {record.Dose.Reps}";
            }
        }
    }

    private static IEnumerable<string> PartProblems(Sample c)
    {
        var blocks = c.Blocks;
        if (blocks.Count == 0)
        {
            yield break;
        }

        var warmUps = blocks.FindAll(b => b.Block.Part == SessionPart.WarmUp);
        if (warmUps.Count > 1 || (warmUps.Count == 1 && blocks[0].Block.Part != SessionPart.WarmUp))
        {
            yield return $"warm-ups {string.Join(", ", warmUps.Select(b => b.Record.Id))} are not one block at the start";
        }

        foreach (var (_, record) in warmUps.Where(b => b.Record.Kind != RecordKind.Mobility))
        {
            yield return $"warm-up {record.Id} is a {Code.Of(record.Kind)} record, not mobility";
        }

        var coolDowns = blocks.FindAll(b => b.Block.Part == SessionPart.CoolDown);
        if (coolDowns.Count > 1 || (coolDowns.Count == 1 && blocks[^1].Block.Part != SessionPart.CoolDown))
        {
            yield return $"cool-downs {string.Join(", ", coolDowns.Select(b => b.Record.Id))} are not one block at the end";
        }

        foreach (var (_, record) in coolDowns.Where(b => b.Record.Kind != RecordKind.Relaxation))
        {
            yield return $"cool-down {record.Id} is a {Code.Of(record.Kind)} record, not relaxation";
        }

        var relaxation = Knowledge.Records.Where(r => r.Kind == RecordKind.Relaxation && !WhyNotAllowed(r, c.Intake, c.Plan.Stage).Any()).ToList();
        if (c.Intake.Minutes >= RoutinePlanner.MinutesForCoolDown && relaxation.Count > 0 && coolDowns.Count == 0)
        {
            yield return $"{c.Intake.Minutes} minutes and {relaxation[0].Id} allowed, but no cool-down";
        }

        var mobility = Knowledge.Records.Where(r => r.Kind == RecordKind.Mobility && r.Stage == Stage.Mobility && r.Dose.HoldSeconds.Max == 0 && !WhyNotAllowed(r, c.Intake, c.Plan.Stage).Any()).ToList();
        if (mobility.Count > 0 && warmUps.Count == 0)
        {
            yield return $"{mobility[0].Id} allowed, but no warm-up";
        }
    }

    private static IEnumerable<string> TriageProblems(Sample c)
    {
        var plan = c.Plan;
        var boneRisk = c.Intake.Has("osteoporosis") && SessionRules.StrainCauses.Contains(c.Intake.Cause)
            && c.Intake.Now - c.Intake.EpisodeStarted < Limber.Core.Triage.TriageRules.BoneRiskWindow;
        if (c.Intake.RedFlags.Count > 0 || boneRisk)
        {
            if (plan.Status == PlanStatus.Ok)
            {
                yield return $"red flags {string.Join(", ", c.Intake.RedFlags)} (bone risk inferred: {boneRisk}) but status ok";
            }

            if (plan.Session is not null)
            {
                yield return "red flags but a session is planned";
            }

            if (plan.Thermal.Count > 0)
            {
                yield return "red flags but heat or cold is planned";
            }
        }
        else
        {
            if (plan.Status != PlanStatus.Ok)
            {
                yield return $"no red flags but status {Code.Of(plan.Status)}";
            }

            if (plan.Session is null)
            {
                yield return "no red flags but no session";
            }
        }
    }

    private static IEnumerable<string> HoldProblems(Sample c)
    {
        var older = c.Intake.Age >= RoutinePlanner.OlderAdultAge;
        foreach (var (block, record) in c.Blocks)
        {
            var range = record.Dose.HoldSeconds;
            if (block.HoldSeconds < range.Min || block.HoldSeconds > range.Max)
            {
                yield return $"{record.Id} held {block.HoldSeconds} s, outside its range {range}";
            }

            if (record.DoseSources.Any(d => d.Field == "dose.holdSeconds" && d.Source == "ACSM-2021"))
            {
                var (expected, acsm) = older ? (30, new IntRange(30, 60)) : (20, new IntRange(10, 30));
                if (block.HoldSeconds != expected || block.HoldSeconds < acsm.Min || block.HoldSeconds > acsm.Max)
                {
                    yield return $"{record.Id} follows ACSM but is held {block.HoldSeconds} s at age {c.Intake.Age} (expected {expected} s, ACSM {acsm})";
                }
            }
        }
    }

    private static IEnumerable<string> CitationProblems(Sample c)
    {
        var plan = c.Plan;
        var listed = plan.Sources.ToDictionary(s => s.Id, s => s.Title);
        foreach (var (block, _) in c.Blocks)
        {
            if (string.IsNullOrWhiteSpace(block.Why))
            {
                yield return $"{block.ExerciseId} has no why";
            }

            if (block.Sources.Count == 0)
            {
                yield return $"{block.ExerciseId} cites nothing";
            }
        }

        var cited = plan.Advice.SelectMany(a => a.Sources.Select(s => (From: $"advice {a.Code}", Id: s)))
            .Concat(plan.Thermal.SelectMany(t => t.Sources.Select(s => (From: $"thermal {t.TherapyId}", Id: s))))
            .Concat(c.Blocks.SelectMany(b => b.Block.Sources.Select(s => (From: $"block {b.Block.ExerciseId}", Id: s))))
            .Concat(plan.Habits.SelectMany(h => h.Sources.Select(s => (From: $"habit {h.Id}", Id: s))));
        foreach (var (from, id) in cited)
        {
            if (!listed.TryGetValue(id, out var title) || string.IsNullOrWhiteSpace(title))
            {
                yield return $"{from} cites {id}, which the plan's sources do not list with a title";
            }
        }

        foreach (var thermal in plan.Thermal.Where(t => string.IsNullOrWhiteSpace(t.Why)))
        {
            yield return $"thermal {thermal.TherapyId} has no why";
        }
    }

    private static IEnumerable<string> ThermalProblems(Sample c)
    {
        var intake = c.Intake;
        foreach (var step in c.Plan.Thermal)
        {
            if (Knowledge.Find(step.TherapyId) is not { Thermal: { } protocol } therapy)
            {
                yield return $"{step.TherapyId} is not a thermal record";
                continue;
            }

            foreach (var missing in therapy.Equipment.Where(e => !intake.Equipment.Contains(e)))
            {
                yield return $"{therapy.Id} needs {missing}, which the person does not have";
            }

            if (step.Kind != protocol.Mode)
            {
                yield return $"{therapy.Id} planned as {Code.Of(step.Kind)} but is {Code.Of(protocol.Mode)}";
            }

            if (step.Kind == ThermalMode.Cold && intake.Has("cold-sensitivity"))
            {
                yield return $"cold ({therapy.Id}) with cold-sensitivity";
            }

            if (intake.Has("impaired-sensation"))
            {
                yield return $"{Code.Of(step.Kind)} ({therapy.Id}) with impaired-sensation";
            }

            if (step.Kind == ThermalMode.Heat && protocol.LargeArea && LargeAreaHeatConditions.FirstOrDefault(intake.Has) is { } condition)
            {
                yield return $"large-area heat ({therapy.Id}) with {condition}";
            }

            if (step.Minutes != protocol.Minutes)
            {
                yield return $"{therapy.Id} for {step.Minutes} minutes, the record says {protocol.Minutes}";
            }

            if (step.From >= step.Until)
            {
                yield return $"{therapy.Id} from {step.From:O} is not before until {step.Until:O}";
            }

            if (step.Until - step.From != TimeSpan.FromMinutes(step.Minutes))
            {
                yield return $"{therapy.Id} runs {step.From:O} to {step.Until:O}, not {step.Minutes} minutes";
            }
        }
    }

    /// <summary>Fails with the first few problems, each with the intake's index and JSON.</summary>
    private static void Holds(Func<Sample, IEnumerable<string>> problems)
    {
        var failures = Cases.SelectMany(c => problems(c).Select(problem => (Sample: c, Problem: problem))).ToList();
        if (failures.Count == 0)
        {
            return;
        }

        var cases = failures.Select(f => f.Sample.Index).Distinct().Count();
        var shown = failures.Take(ShownFailures).Select(f => $"intake #{f.Sample.Index}: {f.Problem}{Environment.NewLine}  intake: {f.Sample.Json}");
        Assert.Fail(
            $"{failures.Count} problem(s) in {cases} of {Count} random intakes (new Random({Seed}); #i is RandomIntakes().ElementAt(i)):"
            + Environment.NewLine + string.Join(Environment.NewLine, shown));
    }

    private static Intake RandomIntake(Random random)
    {
        // Any time of day, in any offset from -11:00 to +14:00, up to three days before the clock.
        var now = Now.AddMinutes(-random.Next(0, 3 * 24 * 60)).ToOffset(TimeSpan.FromMinutes(15 * random.Next(-44, 57)));
        var episodeStarted = now.AddMinutes(-random.Next(0, (400 * 24 * 60) + 1));
        var redFlags = random.NextDouble() < 0.8 ? [] : SomeOf(random, Vocabulary.RedFlags, 0.15, atLeastOne: true);
        var conditions = SomeOf(random, Vocabulary.Conditions, 0.12, atLeastOne: false);
        var history = new List<SessionRecord>();
        var sessions = random.Next(0, 9);
        var goodRun = random.NextDouble() < 0.5;
        var date = now.AddDays(-sessions - 1);
        for (var i = 0; i < sessions; i++)
        {
            date = date.AddHours(random.Next(12, 25));
            history.Add(goodRun && random.NextDouble() < 0.9 ? GoodSession(random, date) : AnySession(random, date));
        }

        return new Intake
        {
            Now = now,
            Age = random.Next(16, 111),
            EpisodeStarted = episodeStarted,
            FirstEpisode = random.NextDouble() < 0.3,
            Cause = Pick(random, Vocabulary.Causes),
            Pain = random.NextDouble() < 0.4 ? random.Next(0, 4) : random.Next(0, 11),
            Stiffness = random.Next(0, 11),
            PainSpread = Pick(random, PainSpreads),
            RedFlags = redFlags,
            Conditions = conditions,
            PregnancyWeeks = conditions.Contains("pregnancy") ? random.Next(1, 43) : null,
            CanGetToFloor = random.NextDouble() < 0.75,
            CanKneel = random.NextDouble() < 0.75,
            Equipment = SomeOf(random, Vocabulary.Equipment, 0.5, atLeastOne: false),
            Minutes = random.Next(5, 61),
            ThermalPreference = Pick(random, ThermalPreferences),
            History = history,
        };
    }

    /// <summary>A completed session where pain did not rise and it was not too hard.</summary>
    private static SessionRecord GoodSession(Random random, DateTimeOffset date)
    {
        var before = random.Next(0, 8);
        var after = random.Next(0, before + 1);
        return new SessionRecord(
            date,
            true,
            OrNull(random, Pick(random, Enum.GetValues<Stage>())),
            before,
            after,
            random.Next(0, 11),
            random.Next(0, 11),
            random.NextDouble() < 0.5 ? null : random.Next(0, before + 1),
            random.NextDouble() < 0.5 ? null : Pick(random, ["too-easy", "right"]),
            random.NextDouble() < 0.8 ? null : Pick(random, ["time", "other"]));
    }

    private static SessionRecord AnySession(Random random, DateTimeOffset date) =>
        new(
            date,
            random.NextDouble() < 0.7,
            OrNull(random, Pick(random, Enum.GetValues<Stage>())),
            OrNull(random, random.Next(0, 11)),
            OrNull(random, random.Next(0, 11)),
            OrNull(random, random.Next(0, 11)),
            OrNull(random, random.Next(0, 11)),
            OrNull(random, random.Next(0, 11)),
            random.NextDouble() < 0.5 ? null : Pick(random, Difficulties),
            random.NextDouble() < 0.6 ? null : Pick(random, StopReasons));

    private static T? OrNull<T>(Random random, T value)
        where T : struct => random.NextDouble() < 0.3 ? null : value;

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    private static List<string> SomeOf(Random random, IReadOnlyList<string> codes, double chance, bool atLeastOne)
    {
        var chosen = codes.Where(_ => random.NextDouble() < chance).ToList();
        if (chosen.Count == 0 && atLeastOne)
        {
            chosen.Add(Pick(random, codes));
        }

        return chosen;
    }
}
