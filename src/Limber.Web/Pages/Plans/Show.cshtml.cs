using System.Globalization;
using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;
using Limber.Data;
using Limber.Web.Infrastructure;
using Limber.Web.Safety;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Web.Pages.Plans;

/// <summary>A plan as issued: the stop page for any red flag, otherwise heat and cold, the session outline, habits and cautions.</summary>
public sealed class ShowModel(LimberDb db, KnowledgeBase knowledge, TimeProvider clock, IOptions<LimberOptions> options) : PageModel
{
    public Guid Id { get; private set; }

    public Plan Plan { get; private set; } = null!;

    public KnowledgeBase Knowledge => knowledge;

    public string EmergencyNumber => options.Value.EmergencyNumber;

    /// <summary>The safety stop in force, if any: then no session of any plan starts or resumes.</summary>
    public SafetyStop? Stop { get; private set; }

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
        Stop = await SafetyStop.CurrentAsync(db, cancellationToken);
        ViewData["BodyClass"] = Plan.Status == PlanStatus.Ok ? null : "stop";
        return Page();
    }

    /// <summary>Start (or resume) a guided session; never for a plan that is not ok, nor while a safety stop is in force.</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return NotFound();
        }

        // A stop in force means no session starts or resumes, whatever page the request came from.
        if (await SafetyStop.CurrentAsync(db, cancellationToken) is { } stop)
        {
            return RedirectToPage(new { id = stop.PlanId });
        }

        // The same write path as any other start: a double-clicked Start makes one session.
        var start = await db.StartAsync(id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return start switch
        {
            { Outcome: SessionWriteOutcome.NotFound } => NotFound(),
            { SessionId: { } session } => RedirectToPage("/Sessions/Run", new { id = session }),
            _ => RedirectToPage(new { id }),
        };
    }

    /// <summary>A session's length in whole minutes, as the plan's first screen shows it.</summary>
    public static string Minutes(int seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)Math.Round(seconds / 60.0, MidpointRounding.AwayFromZero))} min");

    /// <summary>The progression stage as a word for the page.</summary>
    public static string StageName(Stage stage) => Labels.Capitalised(Labels.Stages[Code.Of(stage)]);

    /// <summary>How long the back has been bad, in plain words rather than acute, subacute and chronic.</summary>
    public static string EpisodeLine(Episode episode) => episode switch
    {
        Episode.Acute => "Recent back pain (under 6 weeks)",
        Episode.Subacute => "Back pain for 6 to 12 weeks",
        Episode.Chronic => "Long-standing back pain (over 12 weeks)",
        _ => Code.Of(episode),
    };

    public static Plan Read(string json) => JsonSerializer.Deserialize<Plan>(json, LimberJson.Options)!;
}
