using Limber.Data;
using Limber.Web.Feedback;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Feedback;

/// <summary>
/// The feedback sent from article and exercise pages, listed for review (local mode: the person's
/// own). Also receives the pages' feedback forms, through the same <see cref="FeedbackBox"/> as the API.
/// </summary>
public sealed class IndexModel(FeedbackBox box) : PageModel
{
    private readonly FeedbackBox _box = box;

    [BindProperty]
    public FeedbackForm Form { get; set; } = new();

    public IReadOnlyList<PageFeedback> Items { get; private set; } = [];

    /// <summary>Problems with a form that could not be kept, shown with the text kept for another try.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string TitleOf(string page) => _box.TitleOf(page);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await _box.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var helpful = Form.Helpful switch { "true" => true, "false" => false, _ => (bool?)null };
        var (entry, problems) = _box.Check(new FeedbackRequest(Form.Page, helpful, Form.Note, Form.Error == "true"));
        if (entry is null)
        {
            Problems = [.. problems.SelectMany(p => p.Value.Select(message => $"{FieldText(p.Key)} {message}"))];
            Items = await _box.ListAsync(cancellationToken);
            return Page();
        }

        await _box.KeepAsync(entry, cancellationToken);
        return LocalRedirect($"{entry.Page}?feedback={(entry.ReportsError ? "error" : "thanks")}#feedback");
    }

    private static string FieldText(string field) => field switch
    {
        "page" => "The page:",
        "note" => "Your note:",
        "helpful" => "Helpful or not:",
        _ => $"{field}:",
    };
}

/// <summary>The feedback form's fields, as posted.</summary>
public sealed class FeedbackForm
{
    public string? Page { get; set; }

    public string? Helpful { get; set; }

    public string? Note { get; set; }

    public string? Error { get; set; }
}
