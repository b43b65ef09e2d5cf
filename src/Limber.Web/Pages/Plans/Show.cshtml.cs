using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;
using Limber.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.Plans;

/// <summary>A plan as issued: the stop page for any red flag, otherwise heat and cold, the session outline, habits and cautions.</summary>
public sealed class ShowModel(LimberDb db, KnowledgeBase knowledge, TimeProvider clock) : PageModel
{
    public Guid Id { get; private set; }

    public Plan Plan { get; private set; } = null!;

    public KnowledgeBase Knowledge => knowledge;

    /// <summary>An unfinished session of this plan, to resume.</summary>
    public Guid? OpenSession { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var stored = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        Id = id;
        Plan = Read(stored.PlanJson);
        OpenSession = await db.Sessions.Where(s => s.PlanId == id && s.EndedAt == null)
            .OrderByDescending(s => s.StartedAt).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        ViewData["BodyClass"] = Plan.Status == PlanStatus.Ok ? null : "stop";
        return Page();
    }

    /// <summary>Start (or resume) a guided session; never for a plan that is not ok.</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken)
    {
        // The same write path as any other start: a double-clicked Start makes one session.
        var start = await db.StartAsync(id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return start switch
        {
            { Outcome: SessionWriteOutcome.NotFound } => NotFound(),
            { SessionId: { } session } => RedirectToPage("/Sessions/Run", new { id = session }),
            _ => RedirectToPage(new { id }),
        };
    }

    public static Plan Read(string json) => JsonSerializer.Deserialize<Plan>(json, LimberJson.Options)!;
}
