using Limber.Core.Catalog;

namespace Limber.Core.Planning;

/// <summary>
/// One "nothing ..." promise a plan makes: when it applies, which records it rules out, and the
/// words the plan shows. The planner leaves out what the claim excludes, the plan shows the claim
/// as advice under <see cref="Code"/>, and <see cref="SessionComposition"/> checks that no block
/// breaks it, so a plan cannot contradict its own advice.
/// </summary>
public sealed record SessionClaim(
    string Code,
    AdviceLevel Level,
    string Text,
    IReadOnlyList<string> Sources,
    Func<Intake, bool> Applies,
    Func<CatalogRecord, bool> Excludes);

/// <summary>The caps on one session for a person today, and why each applies.</summary>
public sealed record SessionLimits(int MaxExercises, int MinExercises, int MaxSeconds, string? Reason, IReadOnlyList<string> Sources);

/// <summary>
/// The shape of a session a physiotherapist would hand out, each rule stated once. The planner
/// builds within these rules and <see cref="SessionComposition"/> checks every plan against them.
/// See docs/adr/0005-routine-planner.md.
/// </summary>
public static class SessionRules
{
    /// <summary>At most this many different exercises in any session (Henry 1999: adherence falls as exercises are added).</summary>
    public const int MaxExercises = 8;

    /// <summary>In a session of <see cref="ShortSessionMinutes"/> minutes or less, at most this many exercises.</summary>
    public const int MaxExercisesShort = 6;

    /// <summary>And at least this many, where that many fit.</summary>
    public const int MinExercises = 3;

    public const int ShortSessionMinutes = 15;

    /// <summary>At most this many sustained lumbar-flexion holds (the knee-hug family and the like).</summary>
    public const int MaxFlexionHolds = 2;

    /// <summary>At most this many twisting exercises: variety across the back's movements.</summary>
    public const int MaxRotations = 2;

    /// <summary>At most this many neck-only exercises in a low-back session.</summary>
    public const int MaxNeckOnly = 1;

    /// <summary>From this pain score, the session is short, gentle and supported.</summary>
    public const int SeverePain = 7;

    /// <summary>At severe pain: at most this many minutes and blocks.</summary>
    public const int SeverePainMinutes = 10;

    public const int SeverePainBlocks = 5;

    /// <summary>From this pain score (below <see cref="SeverePain"/>), a moderate cap applies.</summary>
    public const int ModeratePain = 4;

    public const int ModeratePainMinutes = 20;

    /// <summary>A strain this recent rules out trunk rotation.</summary>
    public static readonly TimeSpan FreshStrain = TimeSpan.FromHours(72);

    /// <summary>From this age, deep end-range floor postures are left out and chair and standing work comes first.</summary>
    public const int VeryOldAge = 75;

    /// <summary>After this week of pregnancy, nothing lying on the back or front and no closed twists.</summary>
    public const int PregnancyWeeksLyingLimit = 12;

    /// <summary>Causes that mean a new strain of muscle or joint.</summary>
    public static readonly IReadOnlyList<string> StrainCauses = ["lifting", "twisting", "fall", "workout"];

    /// <summary>The causes for which a neck exercise earns its place in a low-back session.</summary>
    public static readonly IReadOnlyList<string> NeckCauses = ["sleep"];

    public static readonly IReadOnlyList<string> HipTargets = ["hamstrings", "hip-flexors", "glutes"];

    public static readonly IReadOnlyList<string> AdherenceSources = ["HENRY-1999"];

    private static readonly Position[] FloorPositions =
        [Position.Supine, Position.Prone, Position.SideLying, Position.Quadruped, Position.Kneeling, Position.HalfKneeling, Position.OnBall];

    private static readonly Position[] KneelingPositions = [Position.Kneeling, Position.HalfKneeling, Position.Quadruped];

    private static readonly Position[] SupportedPositions = [Position.Supine, Position.SideLying, Position.Seated, Position.Quadruped, Position.Any];

    public static bool Has(CatalogRecord record, string trait) => record.Traits.Contains(trait);

    public static bool IsFlexionHold(CatalogRecord record) => Has(record, "sustained-flexion");

    /// <summary>A neck exercise: it works the neck and nothing of the low back, hips or legs (the upper back may come along).</summary>
    public static bool IsNeckOnly(CatalogRecord record) =>
        record.Targets.Contains("neck") && record.Targets.All(t => t is "neck" or "thoracic");

    public static bool Rotates(CatalogRecord record) => record.Movements.Contains("rotation");

    /// <summary>Extension or neutral work that balances forward bending.</summary>
    public static bool Balances(CatalogRecord record) =>
        record.Kind != RecordKind.Relaxation
        && (record.Movements.Contains("extension") || (record.Movements.Contains("neutral") && !record.Movements.Contains("flexion")));

    public static bool BendsForward(CatalogRecord record) => record.Movements.Contains("flexion") && !record.Movements.Contains("extension");

    public static bool OnAllFours(CatalogRecord record) => record.Position == Position.Quadruped || Has(record, "all-fours");

    public static bool Kneels(CatalogRecord record) => KneelingPositions.Contains(record.Position) || OnAllFours(record);

    public static bool NeedsFloor(CatalogRecord record) =>
        FloorPositions.Contains(record.Position) || (record.Position == Position.Seated && !record.Equipment.Contains("chair")) || OnAllFours(record);

    /// <summary>Gentle, supported work: what is planned at severe pain.</summary>
    public static bool IsGentle(CatalogRecord record) =>
        record.Kind is RecordKind.Stretch or RecordKind.Mobility or RecordKind.Relaxation
        && record.Stage == Stage.Mobility
        && SupportedPositions.Contains(record.Position)
        && !Has(record, "end-range-floor");

    public static bool IsFreshStrain(Intake intake) =>
        StrainCauses.Contains(intake.Cause) && intake.Now - intake.EpisodeStarted < FreshStrain;

    public static bool IsPregnantPastLyingLimit(Intake intake) =>
        intake.Has("pregnancy") && intake.PregnancyWeeks > PregnancyWeeksLyingLimit;

    /// <summary>Every promise a plan can make, in the order the plan shows them.</summary>
    public static readonly IReadOnlyList<SessionClaim> Claims =
    [
        new("pregnancy", AdviceLevel.Caution,
            "After week 12 nothing is planned lying on your back or front, and no twist that turns the trunk towards a bent leg and presses on the bump; heat is used sitting or lying on your side. No sauna, hot bath or large-area heat. Stop and contact your midwife or doctor if you have bleeding, fluid leaking, dizziness, chest or calf pain, or regular painful tightenings.",
            ["ACOG-2002", "SOGC-2019", "HOUGHTON-2010"],
            IsPregnantPastLyingLimit,
            r => r.Position is Position.Supine or Position.Prone || Has(r, "closed-twist") || r.Thermal?.LargeArea == true),
        new("osteoporosis", AdviceLevel.Info,
            "Nothing bends your spine forward or twists it, including bending the neck forward, in exercise or daily life; gentle backward bending, standing work and strengthening are encouraged.",
            ["UK-OSTEO-2022"],
            i => i.Has("osteoporosis"),
            r => r.Movements.Contains("flexion") || Rotates(r) || Has(r, "neck-flexion") || Has(r, "sustained-flexion")),
        new("disc-herniation", AdviceLevel.Caution,
            "Nothing loads your back while it is bent forward. Stop any movement that sends pain, tingling or numbness further down the leg; movements that draw it back towards the back are fine.",
            ["NICE-CKS-SCIATICA"],
            i => i.Has("disc-herniation"),
            r => r.Movements.Contains("flexion") && r.Kind is RecordKind.Stability or RecordKind.Strength),
        new("hip-replacement", AdviceLevel.Info,
            "Nothing bends the hip past a right angle, brings the knee across the middle of the body or turns the body over a planted leg, the usual limits after a hip replacement; follow your surgeon's own limits if they differ.",
            ["LIMBER"],
            i => i.Has("hip-replacement"),
            r => Has(r, "hip-flexion-past-90") || Has(r, "crosses-midline") || Has(r, "hip-pivot")),
        new("knee-problem", AdviceLevel.Info, "Nothing is planned kneeling or on hands and knees.", ["LIMBER"],
            i => i.Has("knee-problem"),
            Kneels),
        new("wrist-problem", AdviceLevel.Info, "Nothing is planned on hands and knees, nor starts or ends there.", ["LIMBER"],
            i => i.Has("wrist-problem"),
            OnAllFours),
        new("heart-condition", AdviceLevel.Info, "No sauna, steam room or hot bath: heating the whole body puts extra work on the heart.", ["HOUGHTON-2010"],
            i => i.Has("heart-condition"),
            r => r.Thermal?.LargeArea == true),
        new("high-blood-pressure", AdviceLevel.Caution,
            "Keep breathing through every hold and effort; no breath holding, and nothing held upside down for long.", ["LIMBER"],
            i => i.Has("high-blood-pressure"),
            r => r.Contraindications.Contains("high-blood-pressure")),
        new("no-floor", AdviceLevel.Info, "Everything today is done standing or sitting on a chair, since getting down to the floor is not easy for you.", ["LIMBER"],
            i => !i.CanGetToFloor,
            NeedsFloor),
        new("no-kneeling", AdviceLevel.Info, "Nothing is planned kneeling or on hands and knees.", ["LIMBER"],
            i => i.CanGetToFloor && !i.CanKneel,
            Kneels),
        new("no-twisting-after-strain", AdviceLevel.Info,
            "For the first 72 hours after a strain nothing twists the trunk; turning movements come back once the strain has had a few days to settle.",
            ["S2"],
            IsFreshStrain,
            Rotates),
        new("leg-symptoms-bent-knee", AdviceLevel.Caution,
            "While the pain reaches below the knee, nothing holds a leg straight with the hip bent (that pulls on the sciatic nerve); hamstring stretches are done with the knee bent.",
            ["NICE-CKS-SCIATICA", "S0"],
            i => i.PainSpread == "below-knee",
            r => Has(r, "sciatic-tension")),
        new("older-adult-floor", AdviceLevel.Info,
            "From 75, deep floor postures such as pigeon, the L-sit and split squats are left out, and work on a chair or standing comes first: they are easier to get into and out of safely.",
            ["ACSM-2021", "LIMBER"],
            i => i.Age >= VeryOldAge,
            r => Has(r, "end-range-floor")),
        new("gentle-only", AdviceLevel.Info,
            "With pain this high, the session keeps to gentle work in supported positions, with no strengthening; it builds up again as the pain settles.",
            ["S2", "S0", "NICE-NG59"],
            i => i.Pain >= SeverePain,
            r => r.Kind != RecordKind.Thermal && !IsGentle(r)),
    ];

    /// <summary>The claims that hold for this person today.</summary>
    public static IEnumerable<SessionClaim> For(Intake intake) => Claims.Where(c => c.Applies(intake));

    /// <summary>The first claim that rules the record out for this person, or null.</summary>
    public static SessionClaim? Excluding(CatalogRecord record, Intake intake)
    {
        foreach (var claim in Claims)
        {
            if (claim.Applies(intake) && claim.Excludes(record))
            {
                return claim;
            }
        }

        return null;
    }

    /// <summary>The caps for today's session, from the minutes asked and the pain.</summary>
    public static SessionLimits Limits(Intake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var asked = intake.Minutes * 60;
        if (intake.Pain >= SeverePain)
        {
            var minutes = Math.Min(intake.Minutes, SeverePainMinutes);
            return new SessionLimits(
                Math.Min(SeverePainBlocks, MaxExercisesShort), MinExercises, minutes * 60,
                intake.Minutes > SeverePainMinutes
                    ? $"With pain at {intake.Pain} of 10, today's session is kept to {SeverePainMinutes} minutes and {SeverePainBlocks} exercises of gentle, supported work, whatever the time you have: short, frequent, gentle movement helps more than one long session. Repeat it later in the day if it felt fine."
                    : $"With pain at {intake.Pain} of 10, today's session keeps to at most {SeverePainBlocks} exercises of gentle, supported work; short, frequent, gentle movement helps more than one long session.",
                ["S2", "S0", "NICE-NG59"]);
        }

        var max = intake.Minutes <= ShortSessionMinutes ? MaxExercisesShort : MaxExercises;
        if (intake.Pain >= ModeratePain)
        {
            return new SessionLimits(
                Math.Min(max, MaxExercisesShort), MinExercises, Math.Min(asked, ModeratePainMinutes * 60),
                intake.Minutes > ModeratePainMinutes
                    ? $"With pain at {intake.Pain} of 10, today's session is kept to {ModeratePainMinutes} minutes and at most {MaxExercisesShort} exercises: a moderately sore back is better served by a session you can repeat later in the day than by one long one. Use the rest of your time for an easy walk."
                    : $"With pain at {intake.Pain} of 10, today's session keeps to at most {MaxExercisesShort} exercises and {ModeratePainMinutes} minutes: a moderately sore back is better served by a short session you can repeat later in the day than by one long one.",
                ["S2", "NICE-NG59", "LIMBER"]);
        }

        return new SessionLimits(max, MinExercises, asked, null, AdherenceSources);
    }
}
