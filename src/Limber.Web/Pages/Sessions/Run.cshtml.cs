using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Data;
using Limber.Web.Safety;
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

        // A stop in force: the player is not served, so an open session cannot be resumed.
        if (await SafetyStop.CurrentAsync(db, cancellationToken) is { } stop)
        {
            return RedirectToPage("/Plans/Show", new { id = stop.PlanId });
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
            [.. session.Blocks.Select((b, i) => PlayerBlock.Of(b, knowledge, run.Progress.FirstOrDefault(p => p.BlockIndex == i)?.Outcome))],
            run.Progress.Count == 0 ? PlayerWarmUp.Of(plan, knowledge) : null);
        return Page();
    }
}

/// <summary>Everything the player script needs, serialised into the page.</summary>
public sealed record PlayerSession(Guid Id, Guid PlanId, int SetupSeconds, int ChangeoverSeconds, IReadOnlyList<PlayerBlock> Blocks, PlayerWarmUp? WarmUp);

/// <summary>
/// Heat before the session, as the player's first step with its own timer (skip allowed). Offered
/// only when the plan's first heat-or-cold step is heat, and only before any exercise is recorded.
/// </summary>
public sealed record PlayerWarmUp(string TherapyId, string Name, int Minutes, bool LargeArea, string Why, IReadOnlyList<string> Steps, IReadOnlyList<string> Cues, IReadOnlyList<string> StopIf)
{
    public static PlayerWarmUp? Of(Plan plan, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(knowledge);
        if (plan.Thermal is not [{ Kind: ThermalMode.Heat } first, ..])
        {
            return null;
        }

        var therapy = knowledge.Find(first.TherapyId);
        return new PlayerWarmUp(
            first.TherapyId,
            therapy?.Name ?? first.TherapyId,
            first.Minutes,
            therapy?.Thermal?.LargeArea ?? false,
            first.Why,
            therapy?.Steps ?? [],
            therapy?.Cues ?? [],
            therapy?.StopIf ?? []);
    }
}

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
    string Kind,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> StopIf,
    PlayerVariant? Easier,
    string? Outcome,
    IReadOnlyList<string> TenseGroups)
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
            record is null ? "" : Code.Of(record.Kind),
            record?.Steps ?? [],
            record?.Cues ?? [],
            record?.StopIf ?? [],
            easier,
            outcome,
            record is { Kind: RecordKind.Relaxation } ? MuscleGroups.From(record.Steps) : []);
    }
}

/// <summary>
/// The muscle groups a progressive muscle relaxation works through, read from its steps in order:
/// "Start with your feet" names the first, and a step like "Move up the body ...; calves, thighs,
/// seat" lists the rest after its semicolon. The voice cue says which one to tense.
/// </summary>
public static class MuscleGroups
{
    private const string StartWith = "start with your ";

    public static IReadOnlyList<string> From(IReadOnlyList<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var groups = new List<string>();
        foreach (var step in steps)
        {
            var start = step.IndexOf(StartWith, StringComparison.OrdinalIgnoreCase);
            if (start >= 0)
            {
                var rest = step[(start + StartWith.Length)..];
                var end = rest.IndexOfAny([';', ',', '.']);
                Add(groups, end < 0 ? rest : rest[..end]);
            }

            var semicolon = step.IndexOf(';', StringComparison.Ordinal);
            var listed = semicolon < 0 ? [] : step[(semicolon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (listed.Length >= 3)
            {
                foreach (var group in listed)
                {
                    Add(groups, group);
                }
            }
        }

        return groups;
    }

    private static void Add(List<string> groups, string text)
    {
        var group = text.Trim().TrimEnd('.').Trim();
        if (group.Length > 0 && !groups.Contains(group, StringComparer.OrdinalIgnoreCase))
        {
            groups.Add(group);
        }
    }
}

/// <summary>The easier variant offered when something hurts.</summary>
public sealed record PlayerVariant(string ExerciseId, string Name, IReadOnlyList<string> Steps, IReadOnlyList<string> Cues);
