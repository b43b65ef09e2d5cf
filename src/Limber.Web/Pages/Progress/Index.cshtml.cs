using Limber.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Progress;

/// <summary>Progress: what has changed since the start, in plain words, with weekly charts and the latest questionnaire scores.</summary>
public sealed class IndexModel(LimberDb db, TimeProvider clock) : PageModel
{
    public ProgressData Data { get; private set; } = null!;

    /// <summary>Set after a questionnaire was saved (the redirect carries which one).</summary>
    public string? Saved { get; private set; }

    public async Task OnGetAsync(string? saved, CancellationToken cancellationToken)
    {
        Saved = saved is "psfs" or "rmdq" or "odi" or "startback" ? saved : null;
        Data = await ProgressData.LoadAsync(db, clock, cancellationToken);
    }
}
