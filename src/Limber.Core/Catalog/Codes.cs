namespace Limber.Core.Catalog;

/// <summary>What a catalog record is.</summary>
public enum RecordKind
{
    Stretch,
    Mobility,
    Stability,
    Strength,
    Relaxation,
    SelfMassage,
    Thermal,
}

/// <summary>The progression ladder: mobility, then stability, then strength.</summary>
public enum Stage
{
    Mobility,
    Stability,
    Strength,
}

/// <summary>The body position a record is done in.</summary>
public enum Position
{
    Standing,
    Seated,
    Supine,
    Prone,
    SideLying,
    Quadruped,
    Kneeling,
    HalfKneeling,
    OnBall,
    Any,
}

/// <summary>Both: done once, symmetric. Each: done on the left, then on the right.</summary>
public enum Sides
{
    Both,
    Each,
}

/// <summary>Heat or cold.</summary>
public enum ThermalMode
{
    Cold,
    Heat,
}

/// <summary>The closed code lists of the public contract, in contract order.</summary>
public static class Vocabulary
{
    public static readonly IReadOnlyList<string> Equipment =
    [
        "mat", "chair", "wall", "cushion", "towel", "foam-roller", "stability-ball", "resistance-band",
        "cold-pack", "heat-pack", "bath", "sauna",
    ];

    public static readonly IReadOnlyList<string> Targets =
    [
        "lumbar", "thoracic", "neck", "hamstrings", "hip-flexors", "quadriceps", "glutes", "piriformis",
        "adductors", "abductors", "calves", "lats", "core", "whole-body",
    ];

    public static readonly IReadOnlyList<string> Movements = ["flexion", "extension", "rotation", "side-bend", "neutral"];

    /// <summary>
    /// Planning traits a record may carry (content field <c>traits</c>; not part of the contract's closed lists):
    /// sustained-flexion: a held posture that keeps the lumbar spine bent forward (the knee-hug family, child's pose, held forward bends);
    /// all-fours: starts, passes through or ends on hands and knees, with weight on the hands;
    /// sciatic-tension: a straight-knee hold with the hip bent, which tensions the sciatic nerve (straight-leg hamstring stretch, legs up the wall);
    /// closed-twist: a twist in which the trunk turns towards a bent leg and presses on the abdomen;
    /// end-range-floor: a deep floor posture that takes strength and range to get into and out of (pigeon, L-sit, split squat);
    /// hip-flexion-past-90: bends the hip past a right angle; crosses-midline: brings a knee across the middle of the body;
    /// hip-pivot: turns the body over a planted leg; neck-flexion: bends the neck forward.
    /// </summary>
    public static readonly IReadOnlyList<string> Traits =
    [
        "sustained-flexion", "all-fours", "sciatic-tension", "closed-twist", "end-range-floor",
        "hip-flexion-past-90", "crosses-midline", "hip-pivot", "neck-flexion",
    ];

    public static readonly IReadOnlyList<string> Conditions =
    [
        "pregnancy", "osteoporosis", "disc-herniation", "hip-replacement", "knee-problem", "wrist-problem",
        "impaired-sensation", "cold-sensitivity", "heart-condition", "high-blood-pressure",
    ];

    /// <summary>Red-flag codes in the order of the intake schema's enum.</summary>
    public static readonly IReadOnlyList<string> RedFlags =
    [
        "saddle-numbness", "bladder-change", "bowel-change", "sexual-function-change", "both-legs",
        "leg-weakness-worsening", "major-trauma", "abdominal-pain-faintness",
        "fever", "kidney-pain", "infection-risk",
        "cancer-history", "unexplained-weight-loss", "night-pain", "minor-trauma-bone-risk",
        "no-improvement-6-weeks", "inflammatory-pattern", "recent-spine-surgery",
    ];

    public static readonly IReadOnlyList<string> Causes =
        ["lifting", "twisting", "fall", "workout", "sitting", "repetitive", "sleep", "unknown"];

    public static readonly IReadOnlyList<string> SafetyCategories =
        ["stop", "see-professional", "mistake", "acute-care", "expectation", "medication"];

    public static readonly IReadOnlyList<string> EducationTopics = ["cause", "figure", "conflict", "background"];

    public static readonly IReadOnlyList<string> SourceKinds = ["article", "guideline", "review", "study", "team"];
}

/// <summary>Kebab-case names for the contract's enums.</summary>
public static class Code
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    public static bool TryParse<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var (candidate, name) in Names<TEnum>.ByValue)
        {
            if (name == text)
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IEnumerable<string> All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Of);

    /// <summary>Each enum's kebab-case names, computed once.</summary>
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue = Enum.GetValues<TEnum>()
            .ToDictionary(v => v, v => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));
    }
}
