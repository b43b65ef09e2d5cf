using System.Text.Json.Serialization;

namespace Limber.Core.Catalog;

/// <summary>An inclusive whole-number range, written [min, max] in content and JSON.</summary>
public readonly record struct IntRange(int Min, int Max)
{
    public bool Contains(IntRange other) => other.Min >= Min && other.Max <= Max;

    public int Clamp(int value) => Math.Clamp(value, Min, Max);

    public override string ToString() => Min == Max ? $"{Min}" : $"{Min}-{Max}";
}

/// <summary>How much of an exercise: the chosen values the planner works within.</summary>
public sealed record Dose(IntRange HoldSeconds, IntRange Reps, IntRange Sets, Sides Sides, int RestSeconds, int SecondsPerRep);

/// <summary>A value a source gives that Limber did not choose.</summary>
public sealed record DoseAlternative(string Value, string Source);

/// <summary>Where one dose value came from and, when sources disagree, why it was chosen.</summary>
public sealed record DoseChoice(
    string Field,
    string Value,
    string Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Cited,
    IReadOnlyList<DoseAlternative> Alternatives,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason);

/// <summary>How a heat or cold application is used.</summary>
public sealed record ThermalProtocol(ThermalMode Mode, int Minutes, double MinHoursBetween, IntRange? WindowHours, bool LargeArea);

/// <summary>One technique of the knowledge base: an exercise or a therapy.</summary>
public sealed record CatalogRecord
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required RecordKind Kind { get; init; }
    public required Stage Stage { get; init; }
    public required Position Position { get; init; }
    public IReadOnlyList<string> Equipment { get; init; } = [];
    public IReadOnlyList<string> Targets { get; init; } = [];
    public IReadOnlyList<string> Movements { get; init; } = [];

    /// <summary>What the planner must know beyond position and movements (Vocabulary.Traits), e.g. a held lumbar flexion.</summary>
    public IReadOnlyList<string> Traits { get; init; } = [];
    public required string Summary { get; init; }
    public required Dose Dose { get; init; }
    public IReadOnlyList<DoseChoice> DoseSources { get; init; } = [];
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ThermalProtocol? Thermal { get; init; }
    public IReadOnlyList<string> Contraindications { get; init; } = [];
    public IReadOnlyList<string> Easier { get; init; } = [];
    public IReadOnlyList<string> Harder { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<string> Steps { get; init; } = [];
    public IReadOnlyList<string> Cues { get; init; } = [];
    public IReadOnlyList<string> Mistakes { get; init; } = [];
    public IReadOnlyList<string> Cautions { get; init; } = [];
    public IReadOnlyList<string> StopIf { get; init; } = [];

    /// <summary>Key poses for the drawn figure; served as SVG, not part of the catalog JSON.</summary>
    [JsonIgnore]
    public Figures.Figure? Figure { get; init; }
}

/// <summary>A daily habit that helps the back between sessions.</summary>
public sealed record Habit(string Id, string Text, string Why, IReadOnlyList<string> Causes, IReadOnlyList<string> Sources);

/// <summary>A safety rule: when to stop, when to see someone, mistakes to avoid.</summary>
public sealed record SafetyRule(string Id, string Category, string Text, IReadOnlyList<string> Sources);

/// <summary>Background knowledge: causes, quoted figures, and how conflicting sources were resolved.</summary>
public sealed record EducationNote(string Id, string Topic, string Text, bool Claim, IReadOnlyList<string> Sources);

/// <summary>An article or guideline Limber cites.</summary>
public sealed record Source(string Id, string Title, string Kind, string Reference);

/// <summary>One inventory row and the ids that carry it.</summary>
public sealed record CoverageRow(string Row, IReadOnlyList<string> Ids);
