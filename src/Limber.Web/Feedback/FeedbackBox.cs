using Limber.Core.Catalog;
using Limber.Core.Learn;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Feedback;

/// <summary>Feedback as received from the page form or <c>POST /api/feedback</c>, before it is checked.</summary>
public sealed record FeedbackRequest(string? Page, bool? Helpful, string? Note, bool? Error);

/// <summary>Feedback that passed the checks, ready to keep.</summary>
public sealed record FeedbackEntry(string Page, bool? Helpful, bool ReportsError, string? Note);

/// <summary>
/// The one write path for feedback, used by the feedback form on article and exercise pages and by
/// the API: checks it, keeps it, and lists it for review. Notes are never logged.
/// </summary>
public sealed class FeedbackBox(LimberDb db, KnowledgeBase knowledge, LearnLibrary learn, TimeProvider clock)
{
    public const int MaxNote = 2000;

    /// <summary>Checks feedback; problems are keyed by field and say what is allowed.</summary>
    public (FeedbackEntry? Entry, Dictionary<string, string[]> Problems) Check(FeedbackRequest? request)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request is null)
        {
            problems["body"] = ["must be a JSON object with page, helpful and note"];
            return (null, problems);
        }

        var page = request.Page?.Trim() ?? "";
        if (!IsFeedbackPage(page))
        {
            problems["page"] = [$"must be the address of a Learn article or exercise page, such as /learn/heat-or-cold or /exercises/cat-cow (got '{request.Page}')"];
        }

        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        var reportsError = request.Error == true;
        if (note is { Length: > MaxNote })
        {
            problems["note"] = [$"must be {MaxNote} characters or fewer"];
        }
        else if (reportsError && note is null)
        {
            problems["note"] = ["say what is wrong, so it can be put right"];
        }

        if (!reportsError && request.Helpful is null)
        {
            problems["helpful"] = ["must be true or false (or send error: true with a note to report an error)"];
        }

        return problems.Count > 0 ? (null, problems) : (new FeedbackEntry(page, request.Helpful, reportsError, note), problems);
    }

    public async Task KeepAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        db.Feedback.Add(new PageFeedback
        {
            Id = Guid.NewGuid(),
            Page = entry.Page,
            Helpful = entry.Helpful,
            ReportsError = entry.ReportsError,
            Note = entry.Note,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>All feedback, newest first, for the review page.</summary>
    public async Task<IReadOnlyList<PageFeedback>> ListAsync(CancellationToken cancellationToken) =>
        await db.Feedback.AsNoTracking().OrderByDescending(f => f.CreatedAt).ToListAsync(cancellationToken);

    /// <summary>The page's title, for the review list: the article title or exercise name.</summary>
    public string TitleOf(string page) =>
        page.StartsWith("/learn/", StringComparison.Ordinal) ? learn.Find(page["/learn/".Length..])?.Title ?? page
        : page.StartsWith("/exercises/", StringComparison.Ordinal) ? knowledge.Find(page["/exercises/".Length..])?.Name ?? page
        : page;

    private bool IsFeedbackPage(string page) =>
        (page.StartsWith("/learn/", StringComparison.Ordinal) && learn.Find(page["/learn/".Length..]) is not null)
        || (page.StartsWith("/exercises/", StringComparison.Ordinal) && knowledge.Find(page["/exercises/".Length..]) is not null);
}
