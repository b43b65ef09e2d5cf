using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.Sessions;

/// <summary>The guided player. The page carries the whole session as JSON so it runs offline once loaded.</summary>
public sealed class RunModel(LimberDb db, KnowledgeBase knowledge) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public PlayerSession Session { get; private set; } = null!;

    public string SessionJson => JsonSerializer.Serialize(Session, Json);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var run = await db.Sessions.AsNoTracking().Include(s => s.Plan).Include(s => s.Progress).Include(s => s.Rating)
            .FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (run?.Plan is null)
        {
            return NotFound();
        }

        if (run.EndedAt is not null)
        {
            return run.Rating is null ? RedirectToPage("/Sessions/Rate", new { id }) : RedirectToPage("/History/Index");
        }

        var plan = run.Plan.Issued();
        if (plan.Session is not { } session)
        {
            return RedirectToPage("/Plans/Show", new { id = run.PlanId });
        }

        Id = id;
        PlanId = run.PlanId;
        Session = new PlayerSession(
            id,
            run.PlanId,
            BlockTiming.SetupSeconds,
            BlockTiming.ChangeoverSeconds,
            [.. session.Blocks.Select((b, i) => PlayerBlock.Of(b, knowledge, run.Progress.FirstOrDefault(p => p.BlockIndex == i)?.Outcome))]);
        return Page();
    }
}

/// <summary>Everything the player script needs, serialised into the page.</summary>
public sealed record PlayerSession(Guid Id, Guid PlanId, int SetupSeconds, int ChangeoverSeconds, IReadOnlyList<PlayerBlock> Blocks);

/// <summary>One block for the player: the planned dose and timing, the words to read, and the easier variant.</summary>
public sealed record PlayerBlock(
    string ExerciseId,
    string Name,
    string Part,
    string Sides,
    int Sets,
    int Reps,
    int HoldSeconds,
    int RestSeconds,
    int SecondsPerRep,
    bool Held,
    int Seconds,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> StopIf,
    PlayerVariant? Easier,
    string? Outcome)
{
    public static PlayerBlock Of(SessionBlock block, KnowledgeBase knowledge, string? outcome)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(knowledge);
        var record = knowledge.Find(block.ExerciseId);
        var easier = block.Easier is { } easierId && knowledge.Find(easierId) is { } e
            ? new PlayerVariant(e.Id, e.Name, e.Steps, e.Cues)
            : null;
        return new PlayerBlock(
            block.ExerciseId,
            block.Name,
            Code.Of(block.Part),
            Code.Of(block.Sides),
            block.Sets,
            block.Reps,
            block.HoldSeconds,
            block.RestSeconds,
            block.SecondsPerRep,
            record is not null && BlockTiming.IsHeld(record.Kind, block.HoldSeconds),
            block.Seconds,
            record?.Steps ?? [],
            record?.Cues ?? [],
            record?.StopIf ?? [],
            easier,
            outcome);
    }
}

/// <summary>The easier variant offered when something hurts.</summary>
public sealed record PlayerVariant(string ExerciseId, string Name, IReadOnlyList<string> Steps, IReadOnlyList<string> Cues);
