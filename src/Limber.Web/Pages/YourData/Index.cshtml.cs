using Limber.Data;
using Limber.Web.YourData;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.YourData;

/// <summary>How much Limber holds for the person, shown before they download, restore or delete it.</summary>
public sealed record DataCounts(int CheckIns, int Sessions, int Questionnaires, bool Reminders, int Feedback)
{
    public bool IsEmpty => CheckIns == 0 && Sessions == 0 && Questionnaires == 0 && !Reminders && Feedback == 0;

    public static async Task<DataCounts> LoadAsync(LimberDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new DataCounts(
            await db.CheckIns.CountAsync(cancellationToken),
            await db.Sessions.CountAsync(cancellationToken),
            await db.Questionnaires.CountAsync(cancellationToken),
            await db.Reminders.AnyAsync(cancellationToken),
            await db.Feedback.CountAsync(cancellationToken));
    }
}

/// <summary>
/// "Your data": what Limber holds, the three downloads (Limber JSON to restore, CSV for a spreadsheet, FHIR for a
/// clinic's system), restoring a Limber JSON file, and the way to "delete everything".
/// </summary>
public sealed class IndexModel(LimberDb db, LimberImport import) : PageModel
{
    /// <summary>Problems listed on the page after a failed import; the rest are counted.</summary>
    public const int ShownProblems = 12;

    public DataCounts Counts { get; private set; } = new(0, 0, 0, false, 0);

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    [TempData]
    public string? Imported { get; set; }

    [TempData]
    public bool Erased { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Counts = await DataCounts.LoadAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is not { Length: > 0 } file)
        {
            Problems = [new ImportProblem("upload", "Choose the limber.json file you downloaded from Limber.")];
        }
        else
        {
            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes, cancellationToken);
            var (document, problems) = LimberImport.Read(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
            var outcome = document is null ? new ImportOutcome(0, 0, problems) : await import.ImportAsync(document, cancellationToken);
            if (outcome.Imported)
            {
                Imported = outcome.Added == 0
                    ? "Everything in that file was already here, so nothing changed."
                    : $"Restored {outcome.Added} {(outcome.Added == 1 ? "record" : "records")} from the file{(outcome.AlreadyHere > 0 ? $"; {outcome.AlreadyHere} were already here and were left as they are" : "")}.";
                return RedirectToPage();
            }

            Problems = outcome.Problems;
        }

        Counts = await DataCounts.LoadAsync(db, cancellationToken);
        return Page();
    }
}
