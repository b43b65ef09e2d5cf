using Limber.Core.Catalog;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Sources;

/// <summary>The disclaimer, every source Limber cites, where the sources disagree, the articles' figures and the causes.</summary>
public sealed class IndexModel(KnowledgeBase knowledge) : PageModel
{
    /// <summary>Sources grouped by kind, in the contract's order: articles, guidelines, reviews, Limber's own defaults.</summary>
    public IReadOnlyList<SourceGroup> Groups { get; } =
    [
        .. Vocabulary.SourceKinds
            .Select(kind => new SourceGroup(kind, Heading(kind), [.. knowledge.Sources.Where(s => s.Kind == kind)]))
            .Where(g => g.Sources.Count > 0),
    ];

    public IReadOnlyList<EducationNote> Conflicts { get; } = [.. knowledge.EducationNotes.Where(n => n.Topic == "conflict")];

    public IReadOnlyList<EducationNote> Figures { get; } = [.. knowledge.EducationNotes.Where(n => n.Topic == "figure")];

    public IReadOnlyList<EducationNote> Causes { get; } = [.. knowledge.EducationNotes.Where(n => n.Topic == "cause")];

    public void OnGet()
    {
    }

    /// <summary>A title for a source id; the id itself when the source is unknown.</summary>
    public string SourceTitle(string id) => knowledge.FindSource(id)?.Title ?? id;

    /// <summary>A short heading from a note id: <c>conflict-hold-times</c> reads "Hold times".</summary>
    public static string NoteHeading(EducationNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var words = note.Id.StartsWith(note.Topic + "-", StringComparison.Ordinal) ? note.Id[(note.Topic.Length + 1)..] : note.Id;
        words = words.Replace('-', ' ');
        return words.Length == 0 ? note.Id : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string Heading(string kind) => kind switch
    {
        "article" => "The articles Limber is built on",
        "guideline" => "Clinical guidelines",
        "review" => "Research reviews",
        "team" => "Limber's own defaults",
        _ => kind,
    };
}

/// <summary>Sources of one kind.</summary>
public sealed record SourceGroup(string Kind, string Heading, IReadOnlyList<Source> Sources);
