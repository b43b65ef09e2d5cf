using Limber.Core.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Exercises;

/// <summary>The library: every exercise and therapy, searchable and filtered by kind, position, equipment and target.</summary>
public sealed class IndexModel(KnowledgeBase knowledge) : PageModel
{
    /// <summary>The search text as typed.</summary>
    public string Query { get; private set; } = "";

    /// <summary>The kind filter when it is a known kind; otherwise empty.</summary>
    public string Kind { get; private set; } = "";

    public string Position { get; private set; } = "";

    public string Equipment { get; private set; } = "";

    public string Target { get; private set; } = "";

    /// <summary>Filters that were not understood and so were ignored.</summary>
    public IReadOnlyList<string> Ignored { get; private set; } = [];

    public IReadOnlyList<CatalogRecord> Matches { get; private set; } = [];

    public int Total => knowledge.Records.Count;

    public bool Filtered => Query.Length > 0 || Kind.Length > 0 || Position.Length > 0 || Equipment.Length > 0 || Target.Length > 0;

    public static IReadOnlyList<RecordKind> Kinds { get; } = Enum.GetValues<RecordKind>();

    public static IReadOnlyList<Position> Positions { get; } = Enum.GetValues<Position>();

    public void OnGet(string? q, string? kind, string? position, string? equipment, string? target)
    {
        var ignored = new List<string>();
        Query = (q ?? "").Trim();
        Kind = Known(kind, Code.All<RecordKind>(), "type", ignored);
        Position = Known(position, Code.All<Position>(), "position", ignored);
        Equipment = Known(equipment, Vocabulary.Equipment, "piece of equipment", ignored);
        Target = Known(target, Vocabulary.Targets, "body area", ignored);
        Ignored = ignored;

        var terms = Query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Matches = [.. knowledge.Records.Where(r =>
            (Kind.Length == 0 || Code.Of(r.Kind) == Kind) &&
            (Position.Length == 0 || Code.Of(r.Position) == Position) &&
            (Equipment.Length == 0 || r.Equipment.Contains(Equipment)) &&
            (Target.Length == 0 || r.Targets.Contains(Target)) &&
            terms.All(term => HasTerm(r, term)))];
    }

    /// <summary>A filter value when it is one of <paramref name="allowed"/>; otherwise empty, with a note for the page.</summary>
    private static string Known(string? value, IEnumerable<string> allowed, string what, List<string> ignored)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
        {
            return "";
        }

        if (allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase)) is { } known)
        {
            return known;
        }

        ignored.Add($"“{text}” is not a {what} Limber knows, so that filter was left out.");
        return "";
    }

    /// <summary>Whether one search word appears in the id, name, an alias or the summary.</summary>
    private static bool HasTerm(CatalogRecord record, string term) =>
        record.Id.Contains(term, StringComparison.OrdinalIgnoreCase) ||
        record.Name.Contains(term, StringComparison.OrdinalIgnoreCase) ||
        record.Summary.Contains(term, StringComparison.OrdinalIgnoreCase) ||
        record.Aliases.Any(alias => alias.Contains(term, StringComparison.OrdinalIgnoreCase));
}
