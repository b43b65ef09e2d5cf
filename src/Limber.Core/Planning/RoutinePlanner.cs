using Limber.Core.Catalog;

namespace Limber.Core.Planning;

/// <summary>
/// Builds today's session: a dynamic warm-up, stretches for the areas that matter for this
/// person, stability or strength work when the stage allows, and a relaxation cool-down, all
/// within the minutes they have. See docs/adr/0005-routine-planner.md.
/// </summary>
public sealed class RoutinePlanner(KnowledgeBase knowledge)
{
    private readonly List<CatalogRecord> _movementRecords = [.. knowledge.Records.Where(r => r.Kind != RecordKind.Thermal)];

    /// <summary>From this pain score, only supported, gentle work is planned.</summary>
    public const int GentlePain = 7;

    /// <summary>From this age, ACSM's longer holds for older adults apply.</summary>
    public const int OlderAdultAge = 65;

    /// <summary>Pregnancy weeks after which nothing is planned lying on the back or front.</summary>
    public const int PregnancyWeeksLyingLimit = 12;

    /// <summary>Below this many minutes, the cool-down gives way to the main work.</summary>
    public const int MinutesForCoolDown = 10;

    private static readonly Position[] FloorPositions =
        [Position.Supine, Position.Prone, Position.SideLying, Position.Quadruped, Position.Kneeling, Position.HalfKneeling, Position.OnBall];

    private static readonly Position[] KneelingPositions = [Position.Kneeling, Position.HalfKneeling, Position.Quadruped];

    private static readonly Position[] SupportedPositions = [Position.Supine, Position.SideLying, Position.Seated, Position.Quadruped, Position.Any];

    /// <summary>Standing work first, then down to the floor once, so the person is not up and down.</summary>
    private static readonly Position[] PositionOrder =
        [Position.Standing, Position.Any, Position.Seated, Position.OnBall, Position.HalfKneeling, Position.Kneeling, Position.Quadruped, Position.Prone, Position.SideLying, Position.Supine];

    /// <summary>The areas that matter most for each cause, first first.</summary>
    private static readonly Dictionary<string, string[]> TargetsByCause = new(StringComparer.Ordinal)
    {
        ["sitting"] = ["hip-flexors", "hamstrings", "lumbar", "glutes", "thoracic"],
        ["lifting"] = ["lumbar", "glutes", "hamstrings", "hip-flexors", "thoracic"],
        ["twisting"] = ["lumbar", "glutes", "thoracic", "piriformis", "hamstrings"],
        ["workout"] = ["glutes", "hamstrings", "hip-flexors", "lumbar", "quadriceps"],
        ["fall"] = ["lumbar", "glutes", "hamstrings", "thoracic"],
        ["repetitive"] = ["lumbar", "thoracic", "hip-flexors", "glutes", "lats"],
        ["sleep"] = ["lumbar", "thoracic", "glutes", "neck", "hip-flexors"],
        ["unknown"] = ["lumbar", "hamstrings", "hip-flexors", "glutes", "thoracic"],
    };

    private static readonly Dictionary<string, (string Text, string[] Sources)> TargetReasons = new(StringComparer.Ordinal)
    {
        ["lumbar"] = ("it works directly on the tight muscles along the low back", ["S0", "S2"]),
        ["hamstrings"] = ("tight hamstrings pull on the pelvis and add strain to the low back", ["S1", "S3"]),
        ["hip-flexors"] = ("long sitting shortens the hip flexors, and the psoas pulls on the lumbar spine", ["S2"]),
        ["glutes"] = ("the seat muscles tighten with lifting, twisting and sitting and pull on the low back", ["S1", "S4"]),
        ["piriformis"] = ("a tight piriformis deep in the buttock often comes with low back and buttock pain", ["S2", "S4"]),
        ["thoracic"] = ("a stiff upper back makes the low back do more of every twist and bend", ["S4"]),
        ["quadriceps"] = ("every muscle group around the hip, not only the tightest, affects how the pelvis sits", ["S1"]),
        ["adductors"] = ("every muscle group around the hip, not only the tightest, affects how the pelvis sits", ["S1"]),
        ["abductors"] = ("every muscle group around the hip, not only the tightest, affects how the pelvis sits", ["S1"]),
        ["neck"] = ("a tense neck and shoulders often go with a tight back after poor sleep or long sitting", ["S0"]),
        ["lats"] = ("the wide back muscles connect the arms to the low back and stiffen with repeated work", ["S4"]),
        ["core"] = ("a steady trunk takes load off the low back", ["S2", "S4"]),
        ["calves"] = ("tight calves add to tension along the back of the legs", ["S0"]),
        ["whole-body"] = ("it relaxes the whole body", ["S1"]),
    };

    public Session Build(Intake intake, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var gentle = intake.Pain >= GentlePain;
        var priorities = Priorities(intake);
        var eligible = _movementRecords.Where(r => IsAllowed(r, intake, stage)).ToList();
        var ranks = new Dictionary<CatalogRecord, int>(eligible.Count, ReferenceEqualityComparer.Instance);
        foreach (var record in eligible)
        {
            var best = priorities.Length;
            foreach (var target in record.Targets)
            {
                var index = Array.IndexOf(priorities, target);
                if (index >= 0 && index < best)
                {
                    best = index;
                }
            }

            ranks[record] = best;
        }

        int Rank(CatalogRecord r) => ranks[r];
        var byScore = eligible
            .OrderBy(Rank)
            .ThenByDescending(r => r.Sources.Count(IsArticle))
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        // The warm-up is the best-known gentle spinal drill the person can do: most articles first.
        var warmUp = eligible
            .Where(r => r.Kind == RecordKind.Mobility && r.Stage == Stage.Mobility && r.Dose.HoldSeconds.Max == 0)
            .OrderByDescending(r => r.Sources.Count(IsArticle))
            .ThenBy(Rank)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var coolDown = byScore
            .Where(r => r.Kind == RecordKind.Relaxation)
            .OrderBy(r => r.Id == "legs-up-the-wall" ? 0 : 1)
            .FirstOrDefault();

        var stretches = byScore.Where(r => r.Kind == RecordKind.Stretch).ToList();
        var firstPass = new List<CatalogRecord>();
        foreach (var target in priorities)
        {
            if (stretches.FirstOrDefault(r => r.Targets.Contains(target) && !firstPass.Contains(r)) is { } best)
            {
                firstPass.Add(best);
            }
        }

        var stageWork = gentle || stage == Stage.Mobility
            ? []
            : byScore.Where(r => r.Kind is RecordKind.Stability or RecordKind.Strength)
                .OrderBy(r => r.Stage == stage ? 0 : 1)
                .ThenBy(Rank)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToList();

        var candidates = firstPass.Take(3)
            .Concat(stageWork.Take(2))
            .Concat(firstPass.Skip(3))
            .Concat(stageWork.Skip(2).Take(3))
            .Concat(stretches)
            .Concat(byScore.Where(r => r.Kind == RecordKind.Mobility && r != warmUp))
            .Concat(gentle ? [] : byScore.Where(r => r.Kind == RecordKind.SelfMassage))
            .Distinct(ReferenceEqualityComparer.Instance)
            .Cast<CatalogRecord>()
            .Where(r => !ReferenceEquals(r, warmUp) && !ReferenceEquals(r, coolDown))
            .ToList();

        var budget = intake.Minutes * 60;
        var cool = coolDown is not null && intake.Minutes >= MinutesForCoolDown ? Dose(coolDown, intake, full: false) : null;
        var mainBudget = budget - (cool?.Seconds ?? 0);
        var chosen = new List<Choice>();
        if (warmUp is not null)
        {
            TryAdd(chosen, warmUp, SessionPart.WarmUp, intake, mainBudget);
        }

        foreach (var candidate in candidates)
        {
            TryAdd(chosen, candidate, PartOf(candidate), intake, mainBudget);
        }

        if (cool is not null && Total(chosen) + cool.Seconds <= budget)
        {
            chosen.Add(new Choice(coolDown!, SessionPart.CoolDown, cool));
        }

        Upgrade(chosen, intake, budget);
        var ordered = chosen
            .OrderBy(c => c.Part == SessionPart.WarmUp ? 0 : c.Part == SessionPart.CoolDown ? 2 : 1)
            .ThenBy(c => c.Part is SessionPart.WarmUp or SessionPart.CoolDown ? 0 : Array.IndexOf(PositionOrder, c.Record.Position))
            .ThenBy(c => chosen.IndexOf(c))
            .ToList();
        var blocks = ordered.Select(c => Block(c, intake, stage, priorities)).ToList();
        return new Session(blocks.Sum(b => b.Seconds), blocks);
    }

    /// <summary>Whether a record may be planned for this person today at all.</summary>
    public static bool IsAllowed(CatalogRecord record, Intake intake, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(intake);
        if (record.Stage > stage
            || !record.Equipment.All(intake.Equipment.Contains)
            || record.Contraindications.Any(intake.Has)
            || (!intake.CanGetToFloor && NeedsFloor(record))
            || (!intake.CanKneel && KneelingPositions.Contains(record.Position))
            || (intake.Has("pregnancy") && intake.PregnancyWeeks > PregnancyWeeksLyingLimit && record.Position is Position.Supine or Position.Prone))
        {
            return false;
        }

        return intake.Pain < GentlePain
            || (record.Kind is RecordKind.Stretch or RecordKind.Mobility or RecordKind.Relaxation
                && record.Stage == Stage.Mobility
                && SupportedPositions.Contains(record.Position));
    }

    public static bool NeedsFloor(CatalogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return FloorPositions.Contains(record.Position) || (record.Position == Position.Seated && !record.Equipment.Contains("chair"));
    }

    /// <summary>The hold for a static stretch: ACSM 10-30 s (we take 20 s, three times: 60 s in all), or 30 s twice from 65.</summary>
    public static int StretchHold(int age) => age >= OlderAdultAge ? 30 : 20;

    private static string[] Priorities(Intake intake)
    {
        var byCause = TargetsByCause.GetValueOrDefault(intake.Cause, TargetsByCause["unknown"]);
        return intake.PainSpread is "buttock" or "thigh" or "below-knee"
            ? ["piriformis", "glutes", .. byCause.Where(t => t is not ("piriformis" or "glutes"))]
            : byCause;
    }

    private static SessionPart PartOf(CatalogRecord record) => record.Kind switch
    {
        RecordKind.Stability => SessionPart.Stability,
        RecordKind.Strength => SessionPart.Strength,
        RecordKind.Relaxation => SessionPart.CoolDown,
        RecordKind.Mobility => SessionPart.Mobility,
        _ => SessionPart.Stretch,
    };

    private static bool IsArticle(string source) => source.Length == 2 && source[0] == 'S';

    private sealed record DoseChoice(int Sets, int Reps, int Hold, bool Full, int Seconds);

    private sealed record Choice(CatalogRecord Record, SessionPart Part, DoseChoice Dose);

    private static int Total(List<Choice> chosen) => chosen.Sum(c => c.Dose.Seconds);

    private static void TryAdd(List<Choice> chosen, CatalogRecord record, SessionPart part, Intake intake, int budget)
    {
        foreach (var full in new[] { true, false })
        {
            var dose = Dose(record, intake, full);
            if (Total(chosen) + dose.Seconds <= budget)
            {
                chosen.Add(new Choice(record, part, dose));
                return;
            }
        }
    }

    /// <summary>With time left over, bring short doses up to full, then add sets where the record allows.</summary>
    private static void Upgrade(List<Choice> chosen, Intake intake, int budget)
    {
        for (var i = 0; i < chosen.Count; i++)
        {
            if (!chosen[i].Dose.Full)
            {
                var full = Dose(chosen[i].Record, intake, full: true);
                if (Total(chosen) - chosen[i].Dose.Seconds + full.Seconds <= budget)
                {
                    chosen[i] = chosen[i] with { Dose = full };
                }
            }
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            var (record, dose) = (chosen[i].Record, chosen[i].Dose);
            if (dose.Full && dose.Sets < record.Dose.Sets.Max)
            {
                var more = dose with { Sets = dose.Sets + 1, Seconds = Seconds(record, dose.Sets + 1, dose.Reps, dose.Hold) };
                if (Total(chosen) - dose.Seconds + more.Seconds <= budget)
                {
                    chosen[i] = chosen[i] with { Dose = more };
                }
            }
        }
    }

    private static DoseChoice Dose(CatalogRecord record, Intake intake, bool full)
    {
        var dose = record.Dose;
        int hold, reps;
        if (FollowsAcsm(record))
        {
            hold = dose.HoldSeconds.Clamp(StretchHold(intake.Age));
            hold = intake.Age >= OlderAdultAge ? Math.Max(hold, 30) : hold;
            reps = full ? dose.Reps.Clamp((int)Math.Ceiling(60.0 / hold)) : dose.Reps.Min;
        }
        else
        {
            hold = full ? dose.HoldSeconds.Max : dose.HoldSeconds.Min;
            reps = full ? dose.Reps.Max : dose.Reps.Min;
        }

        var sets = dose.Sets.Min;
        return new DoseChoice(sets, reps, hold, full, Seconds(record, sets, reps, hold));
    }

    private static bool FollowsAcsm(CatalogRecord record) =>
        record.DoseSources.Any(c => c.Field == "dose.holdSeconds" && c.Source == "ACSM-2021");

    private static int Seconds(CatalogRecord record, int sets, int reps, int hold) =>
        BlockTiming.Seconds(record.Kind, record.Dose.Sides, sets, reps, hold, record.Dose.RestSeconds, record.Dose.SecondsPerRep);

    private SessionBlock Block(Choice choice, Intake intake, Stage stage, string[] priorities)
    {
        var (record, part, dose) = choice;
        var sources = new List<string>(record.Sources.Where(s => s != "LIMBER"));
        var why = new List<string>();
        switch (part)
        {
            case SessionPart.WarmUp:
                why.Add("Warm-up: easy repeated movement gets the back moving before any holds; moving stretches suit the start of a session better than long static holds.");
                sources.Add("BEHM-2016");
                break;
            case SessionPart.CoolDown:
                why.Add("Cool-down: letting the muscles go slack at the end lowers tension; relaxation training is one of the recommended approaches for lasting back pain.");
                sources.Add("ACP-2017");
                break;
            case SessionPart.Stability or SessionPart.Strength:
                why.Add($"{(part == SessionPart.Stability ? "Stability" : "Strength")} work, because you are at the {Code.Of(stage)} stage: once the mobility work is comfortable, a stronger, steadier trunk and hips support the back.");
                sources.Add("S2");
                break;
            default:
                var target = record.Targets.OrderBy(t => Array.IndexOf(priorities, t) is var i && i >= 0 ? i : int.MaxValue).First();
                var (text, targetSources) = TargetReasons[target];
                why.Add($"{char.ToUpperInvariant(text[0])}{text[1..]}.");
                sources.AddRange(targetSources);
                break;
        }

        if (FollowsAcsm(record))
        {
            why.Add(intake.Age >= OlderAdultAge
                ? $"Held {dose.Hold} s, {dose.Reps} times: from 65, holds of 30-60 s help more than short ones."
                : $"Held {dose.Hold} s, {dose.Reps} times: static stretches work best held 10-30 s, about a minute in all.");
            sources.AddRange(["ACSM-2021", "GARBER-2011"]);
        }

        why.Add(record.Summary);
        var easier = record.Easier.Select(knowledge.Find).FirstOrDefault(r => r is not null && IsAllowed(r, intake, stage))?.Id;
        return new SessionBlock(
            record.Id,
            record.Name,
            part,
            record.Dose.Sides,
            dose.Sets,
            dose.Reps,
            dose.Hold,
            record.Dose.RestSeconds,
            record.Dose.SecondsPerRep,
            dose.Seconds,
            string.Join(' ', why),
            [.. sources.Distinct()],
            easier);
    }
}
