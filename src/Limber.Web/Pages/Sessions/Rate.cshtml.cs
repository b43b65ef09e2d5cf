using Limber.Data;
using Limber.Web.Sessions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.Sessions;

/// <summary>After the session: pain and stiffness now, how hard it felt, an optional note.</summary>
public sealed class RateModel(LimberDb db, RatingWriter writer, TimeProvider clock) : PageModel, Infrastructure.IKeepsTypedAnswers
{
    [BindProperty]
    public RatingForm Form { get; set; } = new();

    public bool Stopped { get; private set; }

    public string? StoppedFor { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Rating).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        Stopped = session.EndedAt is not null && !session.Completed;
        StoppedFor = session.StoppedFor;
        if (session.Rating is { } rating)
        {
            Form = new RatingForm { PainAfter = rating.PainAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), StiffnessAfter = rating.StiffnessAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), Difficulty = rating.Difficulty, Note = rating.Note };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }

        var pain = Form.Score(Form.PainAfter, "Form.PainAfter", "pain", ModelState);
        var stiffness = Form.Score(Form.StiffnessAfter, "Form.StiffnessAfter", "stiffness", ModelState);
        if (Form.Difficulty is not ("too-easy" or "right" or "too-hard"))
        {
            ModelState.AddModelError("Form.Difficulty", "Choose too easy, about right or too hard.");
        }

        if (Form.Note is { Length: > 2000 })
        {
            ModelState.AddModelError("Form.Note", "Keep the note to 2000 characters or fewer.");
        }

        if (!ModelState.IsValid || pain is null || stiffness is null)
        {
            Stopped = session.EndedAt is not null && !session.Completed;
            StoppedFor = session.StoppedFor;
            return Page();
        }

        // The same write path as the API: saved (and committed) before the person moves on.
        var note = string.IsNullOrWhiteSpace(Form.Note) ? null : Form.Note.Trim();
        var rating = new PendingRating(id, pain.Value, stiffness.Value, Form.Difficulty!, note, clock.GetUtcNow().UtcDateTime, db.OwnerId);
        return await writer.SaveAsync(rating, cancellationToken) ? RedirectToPage("/History/Index") : NotFound();
    }
}

/// <summary>The rating form, kept as typed.</summary>
public sealed class RatingForm
{
    public string? PainAfter { get; set; }

    public string? StiffnessAfter { get; set; }

    public string? Difficulty { get; set; }

    public string? Note { get; set; }

    public int? Score(string? text, string field, string what, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 10)
        {
            return value;
        }

        state.AddModelError(field, $"Choose your {what} now, from 0 to 10.");
        return null;
    }
}
