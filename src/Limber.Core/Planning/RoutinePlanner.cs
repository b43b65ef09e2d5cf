using Limber.Core.Catalog;

namespace Limber.Core.Planning;

/// <summary>Today's session, and notes that say where a session rule changed it.</summary>
public sealed record Routine(Session Session, IReadOnlyList<Advice> Notes);

/// <summary>
/// Builds today's session: a dynamic warm-up, stretches for the areas that matter for this
/// person, stability or strength work when the stage allows, and a relaxation cool-down, all
/// within the minutes they have and the shape of <see cref="SessionRules"/>. See docs/adr/0005-routine-planner.md.
/// </summary>
public sealed class RoutinePlanner(KnowledgeBase knowledge)
{
    private readonly List<CatalogRecord> _movementRecords = [.. knowledge.Records.Where(r => r.Kind != RecordKind.Thermal)];

    /// <summary>From this pain score, only supported, gentle work is planned.</summary>
    public const int GentlePain = SessionRules.SeverePain;

    /// <summary>From this age, ACSM's longer holds for older adults apply.</summary>
    public const int OlderAdultAge = 65;

    /// <summary>Pregnancy weeks after which nothing is planned lying on the back or front.</summary>
    public const int PregnancyWeeksLyingLimit = SessionRules.PregnancyWeeksLyingLimit;

    /// <summary>Below this many minutes, the cool-down gives way to the main work.</summary>
    public const int MinutesForCoolDown = 10;




    /// <summary>The cool-downs Limber prefers, in order (docs/adr/0005); any other relaxation record after them.</summary>
    private static readonly string[] CoolDownOrder = ["legs-up-the-wall", "progressive-muscle-relaxation"];

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

    /// <summary>Today's session and the notes that say where a session rule changed it.</summary>
    public Routine Build(Intake intake, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var limits = SessionRules.Limits(intake);
        var gentle = intake.Pain >= GentlePain;
        var priorities = Priorities(intake);
        var neckEarnsPlace = SessionRules.NeckCauses.Contains(intake.Cause);
        var eligible = _movementRecords
            .Where(r => IsAllowed(r, intake, stage) && (neckEarnsPlace || !SessionRules.IsNeckOnly(r)))
            .ToList();
        var ranks = new Dictionary<CatalogRecord, int>(eligible.Count, ReferenceEqualityComparer.Instance);
        var preferUpright = intake.Age >= SessionRules.VeryOldAge;
        var easeInto = intake.Pain >= SessionRules.ModeratePain || intake.PainSpread != "none"
            || DailyPlanner.EpisodeOf(intake.EpisodeStarted, intake.Now) == Episode.Acute;
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

            // From 75, chair and standing work comes first within each target; and while the back
            // is fresh, sore or sends pain into a leg, deep end-range postures come only when nothing gentler is left.
            var later = preferUpright && SessionRules.NeedsFloor(record);
            var last = easeInto && SessionRules.Has(record, "end-range-floor");
            ranks[record] = (best * 2) + (later ? 1 : 0) + (last ? 1000 : 0);
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
            .OrderByDescending(r => r.Targets.Contains("lumbar"))
            .ThenByDescending(r => r.Sources.Count(IsArticle))
            .ThenBy(Rank)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        var coolDown = intake.Minutes >= MinutesForCoolDown
            ? byScore.Where(r => r.Kind == RecordKind.Relaxation).OrderBy(r => Array.IndexOf(CoolDownOrder, r.Id) is var i && i >= 0 ? i : CoolDownOrder.Length).FirstOrDefault()
            : null;

        var budget = limits.MaxSeconds;
        var cool = coolDown is null ? null : Dose(coolDown, intake, full: false);
        var mainBudget = budget - (cool?.Seconds ?? 0);
        var maxMain = limits.MaxExercises - (coolDown is null ? 0 : 1);
        var chosen = new List<Choice>();
        var notes = new List<Advice>();
        var flexionHoldsLeftOut = false;

        bool Fits(CatalogRecord record)
        {
            if (chosen.Count >= maxMain || chosen.Any(c => ReferenceEquals(c.Record, record)) || ReferenceEquals(record, coolDown))
            {
                return false;
            }

            if (SessionRules.IsFlexionHold(record) && CountOf(chosen, SessionRules.IsFlexionHold) >= SessionRules.MaxFlexionHolds)
            {
                flexionHoldsLeftOut = true;
                return false;
            }

            if (SessionRules.Rotates(record) && CountOf(chosen, SessionRules.Rotates) >= SessionRules.MaxRotations)
            {
                return false;
            }

            return !SessionRules.IsNeckOnly(record) || CountOf(chosen, SessionRules.IsNeckOnly) < SessionRules.MaxNeckOnly;
        }

        bool Add(CatalogRecord record, SessionPart part) => Fits(record) && TryAdd(chosen, record, part, intake, mainBudget);

        if (warmUp is not null)
        {
            Add(warmUp, SessionPart.WarmUp);
        }

        var stretches = byScore.Where(r => r.Kind == RecordKind.Stretch).ToList();
        var stageWork = gentle || stage == Stage.Mobility
            ? []
            : byScore.Where(r => r.Kind is RecordKind.Stability or RecordKind.Strength)
                .OrderBy(r => r.Stage == stage ? 0 : 1)
                .ThenBy(Rank)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToList();
        var covering = stretches.Concat(byScore.Where(r => r.Kind == RecordKind.Mobility)).ToList();

        // Cover the lumbar spine and the hips first, in this person's order of priority; control
        // and strength take some of those places as the stage rises.
        string[] coverage = [.. priorities.Where(t => t == "lumbar" || SessionRules.HipTargets.Contains(t)), .. SessionRules.HipTargets, "lumbar"];
        var hipsFirst = stage switch { Stage.Mobility => 4, Stage.Stability => 2, _ => 1 };
        var stageFirst = stage switch { Stage.Mobility => 0, Stage.Stability => 2, _ => 3 };

        void Cover(int places)
        {
            foreach (var target in coverage.Distinct())
            {
                if (places <= 0)
                {
                    return;
                }

                // The warm-up only warms up: each area still gets its own stretch or drill.
                if (chosen.Any(c => c.Part != SessionPart.WarmUp && c.Record.Targets.Contains(target)))
                {
                    continue;
                }

                if (covering.FirstOrDefault(r => r.Targets.Contains(target) && Fits(r) && Add(r, PartOf(r))) is not null)
                {
                    places--;
                }
            }
        }

        // Balance forward bending with backward-bending or neutral work, giving it the place of
        // the last forward-bending stretch when there is no room left.
        void Balance()
        {
            var balancing = byScore.Where(r => SessionRules.Balances(r) && r.Kind is RecordKind.Stretch or RecordKind.Mobility or RecordKind.Stability).ToList();
            while (chosen.Any(c => SessionRules.BendsForward(c.Record)) && !chosen.Any(c => SessionRules.Balances(c.Record)))
            {
                if (balancing.Any(r => Add(r, PartOf(r))))
                {
                    return;
                }

                // No room: the last forward bend gives its place to balancing work, or, when even
                // that does not fit, is left out rather than kept unbalanced.
                var last = chosen.FindLastIndex(c => c.Part != SessionPart.WarmUp && SessionRules.BendsForward(c.Record));
                if (last < 0)
                {
                    return;
                }

                var removed = chosen[last];
                chosen.RemoveAt(last);
                if (balancing.Any(r => Add(r, PartOf(r))))
                {
                    return;
                }

                if (chosen.Count < SessionRules.MinExercises)
                {
                    chosen.Insert(last, removed);
                    return;
                }
            }
        }

        Cover(hipsFirst);
        foreach (var work in stageWork.Take(stageFirst).ToList())
        {
            Add(work, PartOf(work));
        }

        Cover(4);

        var rest = stretches
            .Concat(stageWork)
            .Concat(byScore.Where(r => r.Kind == RecordKind.Mobility))
            .Concat(gentle ? [] : byScore.Where(r => r.Kind == RecordKind.SelfMassage));
        var leftOut = 0;
        foreach (var candidate in rest.Distinct(ReferenceEqualityComparer.Instance).Cast<CatalogRecord>())
        {
            if (chosen.Any(c => ReferenceEquals(c.Record, candidate)) || ReferenceEquals(candidate, coolDown))
            {
                continue;
            }

            if (chosen.Count >= maxMain)
            {
                leftOut++;
                continue;
            }

            Add(candidate, PartOf(candidate));
        }

        Balance();
        if (cool is not null && Total(chosen) + cool.Seconds <= budget)
        {
            chosen.Add(new Choice(coolDown!, SessionPart.CoolDown, cool));
        }

        Upgrade(chosen, intake, budget);
        if (limits.Reason is not null)
        {
            notes.Add(new Advice("pain-dose", AdviceLevel.Info, limits.Reason, limits.Sources));
        }

        if (leftOut > 0 && chosen.Count > 0)
        {
            notes.Add(new Advice("session-size", AdviceLevel.Info,
                $"Today's session keeps to {chosen.Count} different exercises: people keep up a short programme far better than a long one, so any spare minutes go into more sets of these rather than more exercises.",
                SessionRules.AdherenceSources));
        }

        if (flexionHoldsLeftOut)
        {
            notes.Add(new Advice("flexion-limit", AdviceLevel.Info,
                $"No more than {SessionRules.MaxFlexionHolds} held forward bends of the low back, balanced by backward-bending or neutral work where you can do it: a stiff back needs movement in more than one direction.",
                ["S2", "LIMBER"]));
        }

        var ordered = chosen
            .OrderBy(c => c.Part == SessionPart.WarmUp ? 0 : c.Part == SessionPart.CoolDown ? 2 : 1)
            .ThenBy(c => c.Part is SessionPart.WarmUp or SessionPart.CoolDown ? 0 : Array.IndexOf(PositionOrder, c.Record.Position))
            .ThenBy(c => chosen.IndexOf(c))
            .ToList();
        var blocks = ordered.Select(c => Block(c, intake, stage, priorities)).ToList();
        return new Routine(new Session(blocks.Sum(b => b.Seconds), blocks), notes);
    }

    /// <summary>Whether a record may be planned for this person today at all.</summary>
    public static bool IsAllowed(CatalogRecord record, Intake intake, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(intake);
        return record.Stage <= stage
            && record.Equipment.All(intake.Equipment.Contains)
            && !record.Contraindications.Any(intake.Has)
            && SessionRules.Excluding(record, intake) is null;
    }

    public static bool NeedsFloor(CatalogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return SessionRules.NeedsFloor(record);
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

    private static int CountOf(List<Choice> chosen, Func<CatalogRecord, bool> kind) => chosen.Where(c => kind(c.Record)).Take(int.MaxValue).Count();

    /// <summary>Adds the record at its smallest dose if it fits; <see cref="Upgrade"/> spends what is left on fuller doses and sets.</summary>
    private static bool TryAdd(List<Choice> chosen, CatalogRecord record, SessionPart part, Intake intake, int budget)
    {
        var dose = Dose(record, intake, full: false);
        if (Total(chosen) + dose.Seconds > budget)
        {
            return false;
        }

        chosen.Add(new Choice(record, part, dose));
        return true;
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
                if (SessionRules.IsNeckOnly(record))
                {
                    why.Add("It is the one neck exercise in this low-back session, included because a night's awkward sleep usually stiffens the neck and upper back along with the low back.");
                }

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
