namespace Limber.Core.Catalog;

/// <summary>Everything Limber knows, loaded from <c>content/</c> and validated.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, CatalogRecord> _byId;
    private readonly Dictionary<string, Source> _sourcesById;

    public KnowledgeBase(
        IReadOnlyList<CatalogRecord> records,
        IReadOnlyList<Habit> habits,
        IReadOnlyList<SafetyRule> safetyRules,
        IReadOnlyList<EducationNote> educationNotes,
        IReadOnlyList<Source> sources,
        IReadOnlyList<CoverageRow> coverage)
    {
        Records = records;
        Habits = habits;
        SafetyRules = safetyRules;
        EducationNotes = educationNotes;
        Sources = sources;
        Coverage = coverage;
        _byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _sourcesById = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    /// <summary>Exercises and therapies, ordered by id.</summary>
    public IReadOnlyList<CatalogRecord> Records { get; }

    public IReadOnlyList<Habit> Habits { get; }

    public IReadOnlyList<SafetyRule> SafetyRules { get; }

    public IReadOnlyList<EducationNote> EducationNotes { get; }

    public IReadOnlyList<Source> Sources { get; }

    public IReadOnlyList<CoverageRow> Coverage { get; }

    public CatalogRecord? Find(string id) => _byId.GetValueOrDefault(id);

    public Source? FindSource(string id) => _sourcesById.GetValueOrDefault(id);

    /// <summary>The knowledge base shipped inside Limber.Core. Throws when it is invalid: that is a bug, caught by the tests.</summary>
    public static KnowledgeBase Embedded => EmbeddedBase.Value;

    private static readonly Lazy<KnowledgeBase> EmbeddedBase = new(() =>
    {
        var load = KnowledgeBaseReader.Read(ContentFiles.Embedded());
        return load.Base ?? throw new InvalidOperationException(
            "The embedded content is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, load.Problems));
    });
}
