using Limber.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Progress;

/// <summary>A one-to-two page summary of progress to print (A4 or Letter) and take to an appointment.</summary>
public sealed class PrintModel(LimberDb db, TimeProvider clock) : PageModel
{
    public ProgressData Data { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Data = await ProgressData.LoadAsync(db, clock, cancellationToken);
}
