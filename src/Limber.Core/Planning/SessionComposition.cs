using Limber.Core.Catalog;
using Limber.Core.Thermal;

namespace Limber.Core.Planning;

/// <summary>One way a plan breaks the shape of a session: the rule, and what was found.</summary>
public sealed record CompositionProblem(string Rule, string Message);

/// <summary>
/// Checks a plan against every rule of <see cref="SessionRules"/> and the night rule for packs:
/// what a physiotherapist would check before handing the plan out. The planner builds within
/// these rules; tests run this check over thousands of random check-ins.
/// </summary>
public static class SessionComposition
{
    public static IReadOnlyList<CompositionProblem> Check(Plan plan, Intake intake, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(knowledge);
        var problems = new List<CompositionProblem>();
        void Fail(string rule, string message) => problems.Add(new CompositionProblem(rule, message));

        foreach (var step in plan.Thermal)
        {
            var local = step.From.ToOffset(intake.Now.Offset);
            if (local.TimeOfDay < ThermalPlanner.EarliestStart || local.TimeOfDay >= ThermalPlanner.LatestEnd
                || step.Until.ToOffset(intake.Now.Offset) > new DateTimeOffset(local.Date + ThermalPlanner.LatestEnd, intake.Now.Offset))
            {
                Fail("no-packs-at-night", $"{step.TherapyId} runs {local:HH:mm}-{step.Until.ToOffset(intake.Now.Offset):HH:mm}, outside 06:00-22:00 in the check-in's offset");
            }
        }

        var claims = SessionRules.For(intake).ToList();
        var records = (plan.Session?.Blocks ?? []).Select(b => (Block: b, Record: knowledge.Find(b.ExerciseId)!)).ToList();
        foreach (var claim in claims)
        {
            if (plan.Status == PlanStatus.Ok && !plan.Advice.Any(a => a.Code == claim.Code))
            {
                Fail("claims-shown", $"the plan keeps to \"{claim.Code}\" but does not say so");
            }

            foreach (var (block, record) in records.Where(r => claim.Excludes(r.Record)))
            {
                Fail("claims-kept", $"{block.ExerciseId} breaks the plan's own advice \"{claim.Code}\": {claim.Text}");
            }

            foreach (var step in plan.Thermal.Where(t => claim.Excludes(knowledge.Find(t.TherapyId)!)))
            {
                Fail("claims-kept", $"{step.TherapyId} breaks the plan's own advice \"{claim.Code}\"");
            }
        }

        if (plan.Session is not { } session || session.Blocks.Count == 0)
        {
            return problems;
        }

        var limits = SessionRules.Limits(intake);
        var ids = session.Blocks.Select(b => b.ExerciseId).ToList();
        if (ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            Fail("no-repeats", $"an exercise appears twice: {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }

        if (ids.Count > limits.MaxExercises)
        {
            Fail("small-programme", $"{ids.Count} exercises, more than the {limits.MaxExercises} allowed for {intake.Minutes} minutes at pain {intake.Pain}");
        }

        if (session.TotalSeconds > limits.MaxSeconds)
        {
            Fail("dose-led-by-pain", $"{session.TotalSeconds} s, more than the {limits.MaxSeconds} s allowed at pain {intake.Pain} for {intake.Minutes} minutes");
        }

        if (limits.Reason is not null && !plan.Advice.Any(a => a.Code == "pain-dose"))
        {
            Fail("dose-led-by-pain", "the pain cap applies but the plan does not say so");
        }

        var flexionHolds = records.Count(r => SessionRules.IsFlexionHold(r.Record));
        if (flexionHolds > SessionRules.MaxFlexionHolds)
        {
            Fail("flexion-holds", $"{flexionHolds} sustained lumbar-flexion holds, more than {SessionRules.MaxFlexionHolds}");
        }

        var rotations = records.Count(r => SessionRules.Rotates(r.Record));
        if (rotations > SessionRules.MaxRotations)
        {
            Fail("variety", $"{rotations} twisting exercises, more than {SessionRules.MaxRotations}");
        }

        var neck = records.Where(r => SessionRules.IsNeckOnly(r.Record)).ToList();
        if (neck.Count > SessionRules.MaxNeckOnly)
        {
            Fail("neck-only", $"{neck.Count} neck-only exercises in a low-back session");
        }

        if (neck.Count > 0 && !SessionRules.NeckCauses.Contains(intake.Cause))
        {
            Fail("neck-only", $"{neck[0].Block.ExerciseId} is a neck exercise that has not earned its place (cause {intake.Cause})");
        }

        var eligible = knowledge.Records
            .Where(r => r.Kind != RecordKind.Thermal && RoutinePlanner.IsAllowed(r, intake, plan.Stage)
                && (!SessionRules.IsNeckOnly(r) || SessionRules.NeckCauses.Contains(intake.Cause)))
            .ToList();
        if (records.Any(r => SessionRules.BendsForward(r.Record)) && !records.Any(r => SessionRules.Balances(r.Record))
            && eligible.Any(r => SessionRules.Balances(r) && r.Kind is RecordKind.Stretch or RecordKind.Mobility or RecordKind.Stability))
        {
            Fail("balance", "forward bending with no extension or neutral work, though the person may do some");
        }

        var covered = records.SelectMany(r => r.Record.Targets).ToHashSet(StringComparer.Ordinal);
        bool CanCover(string target) => eligible.Any(r => r.Kind is RecordKind.Stretch or RecordKind.Mobility && r.Targets.Contains(target));
        if (plan.Stage == Stage.Mobility && intake.Minutes >= SessionRules.ShortSessionMinutes && intake.Pain < SessionRules.SeverePain)
        {
            foreach (var target in SessionRules.HipTargets.Append("lumbar").Where(t => !covered.Contains(t) && CanCover(t)))
            {
                Fail("coverage", $"a mobility-stage session leaves out {target}, though the person may work it");
            }
        }
        else if (intake.Minutes >= SessionRules.ShortSessionMinutes)
        {
            if (CanCover("lumbar") && !covered.Contains("lumbar"))
            {
                Fail("coverage", "the session leaves out the lumbar spine");
            }

            var hips = SessionRules.HipTargets.Count(covered.Contains);
            if (hips == 0 && SessionRules.HipTargets.Any(CanCover))
            {
                Fail("coverage", "the session leaves out the hips");
            }
        }

        if (intake.Pain < SessionRules.SeverePain && intake.Minutes >= SessionRules.ShortSessionMinutes && plan.Stage > Stage.Mobility)
        {
            var kind = plan.Stage == Stage.Stability ? RecordKind.Stability : RecordKind.Strength;
            if (!records.Any(r => r.Record.Kind >= RecordKind.Stability && r.Record.Kind <= RecordKind.Strength) && eligible.Any(r => r.Kind == kind))
            {
                Fail("stage-work", $"a {Code.Of(plan.Stage)}-stage session with no stability or strength work");
            }
        }

        // What could fill the session: at most one neck exercise and one relaxation (the cool-down).
        var possible = eligible.Count(r => !SessionRules.IsNeckOnly(r) && r.Kind != RecordKind.Relaxation)
            + Math.Min(SessionRules.MaxNeckOnly, eligible.Count(SessionRules.IsNeckOnly))
            + Math.Min(1, eligible.Count(r => r.Kind == RecordKind.Relaxation && !SessionRules.IsNeckOnly(r)));
        if (intake.Minutes >= 10 && ids.Count < limits.MinExercises && possible >= limits.MinExercises)
        {
            Fail("small-programme", $"only {ids.Count} exercises in {intake.Minutes} minutes");
        }

        return problems;
    }
}
