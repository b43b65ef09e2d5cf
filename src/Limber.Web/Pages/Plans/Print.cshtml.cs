using System.Collections.Concurrent;
using System.Text;
using Limber.Core.Catalog;
using Limber.Core.Figures;
using Limber.Core.Planning;
using Limber.Data;
using Limber.Web.Infrastructure;
using Limber.Web.Safety;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Web.Pages.Plans;

/// <summary>
/// A plan as a sheet to print, like a physiotherapist's handout: each exercise with its start and
/// end pose drawn still, its steps, dose and stop signs, then heat and cold. A plan stopped by a
/// red flag prints its stop advice instead, and no exercise prints while a safety stop is in force.
/// </summary>
public sealed class PrintModel(LimberDb db, KnowledgeBase knowledge, IOptions<LimberOptions> options) : PageModel
{
    public Guid Id { get; private set; }

    public Plan Plan { get; private set; } = null!;

    public KnowledgeBase Knowledge => knowledge;

    public string EmergencyNumber => options.Value.EmergencyNumber;

    /// <summary>The safety stop in force, if any: then the sheet lists no exercises.</summary>
    public SafetyStop? Stop { get; private set; }

    /// <summary>Today's exercises as the sheet shows them; empty for a stopped plan.</summary>
    public IReadOnlyList<SheetExercise> Exercises { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        // Through the DbSet, as the plan page loads it, so any filter on plans applies here too.
        var stored = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        Id = id;
        Plan = stored.Issued();
        Stop = await SafetyStop.CurrentAsync(db, cancellationToken);
        ViewData["BodyClass"] = Plan.Status == PlanStatus.Ok ? "sheet" : "sheet stop";
        if (Plan.Status == PlanStatus.Ok && Stop is null && Plan.Session is { } session)
        {
            Exercises = [.. session.Blocks.Select(b => SheetExercise.Of(b, knowledge.Find(b.ExerciseId)))];
        }

        return Page();
    }
}

/// <summary>One exercise on the printed sheet: the block's dose, the record's steps and warnings, and its key poses.</summary>
public sealed record SheetExercise(SessionBlock Block, CatalogRecord? Record, IReadOnlyList<SheetPose> Poses)
{
    public static SheetExercise Of(SessionBlock block, CatalogRecord? record)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (record?.Figure is not { } figure)
        {
            return new(block, record, []);
        }

        var end = FigureRenderer.EndPose(figure);
        var poses = end == 0
            ? [SheetPose.Of(record, 0, "Position")]
            : new[] { SheetPose.Of(record, 0, "Start"), SheetPose.Of(record, end, "Then") };
        return new(block, record, poses);
    }
}

/// <summary>A key pose drawn still, as an SVG carried in the page itself so the sheet prints without the network.</summary>
public sealed record SheetPose(string Label, string Name, string DataUri)
{
    private static readonly ConcurrentDictionary<(string Id, int Pose), string> Drawn = new();

    public static SheetPose Of(CatalogRecord record, int pose, string label)
    {
        ArgumentNullException.ThrowIfNull(record);
        var uri = Drawn.GetOrAdd((record.Id, pose), key =>
            "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(FigureRenderer.RenderPose(record, key.Pose))));
        return new(label, record.Figure!.Poses[pose].Name, uri);
    }
}
