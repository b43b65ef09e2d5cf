using Limber.Core.Planning;

namespace Limber.Core.Triage;

/// <summary>What triage decided: the level, the advice for each red flag, and cautions that do not stop the plan.</summary>
public sealed record TriageOutcome(PlanStatus Status, IReadOnlyList<Advice> Advice, IReadOnlyList<Advice> Cautions);

/// <summary>Screens a check-in for danger before anything else. The highest level wins.</summary>
public static class TriageRules
{
    public static TriageOutcome Assess(Intake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var hasFever = intake.RedFlags.Contains("fever");
        var advice = RedFlagRules.All
            .Where(rule => intake.RedFlags.Contains(rule.Code))
            .Select(rule => (Rule: rule, Level: LevelOf(rule, hasFever)))
            .OrderByDescending(r => r.Level)
            .ThenBy(r => RedFlagIndex(r.Rule.Code))
            .Select(r => new Advice(r.Rule.Code, ToAdviceLevel(r.Level), r.Rule.Text, r.Rule.Sources))
            .ToList();
        var status = advice.Count == 0 ? PlanStatus.Ok : (PlanStatus)advice.Max(a => (int)ToStatus(a.Level));
        return new TriageOutcome(status, advice, Cautions(intake));
    }

    /// <summary>Signs that do not stop self-care but change how it is done.</summary>
    private static List<Advice> Cautions(Intake intake)
    {
        var cautions = new List<Advice>();
        if (intake.Age > 50 && intake.FirstEpisode)
        {
            cautions.Add(new Advice("age-over-50-first-episode", AdviceLevel.Caution,
                "A first bout of back pain after 50 is worth mentioning to a doctor at your next visit, even if it eases. Go sooner if it keeps getting worse, wakes you at night or you feel unwell.",
                ["NICE-CKS-SCIATICA", "DOWNIE-2013"]));
        }

        if (intake.Pain >= 9)
        {
            cautions.Add(new Advice("severe-pain", AdviceLevel.Caution,
                "Your pain is very high today. The session keeps to gentle, supported positions; if pain stays this high for more than a day or two, or you cannot get comfortable at all, see a doctor.",
                ["S1", "S3", "NICE-NG59"]));
        }

        if (intake.PainSpread == "below-knee")
        {
            cautions.Add(new Advice("leg-symptoms", AdviceLevel.Caution,
                "Your pain reaches below the knee, so a nerve may be involved. Stop any stretch that sends pain, tingling or numbness further down the leg, and see a doctor if the leg gets weaker or the symptoms spread.",
                ["NICE-CKS-SCIATICA", "S0"]));
        }

        return cautions;
    }

    private static PlanStatus LevelOf(RedFlagRule rule, bool hasFever) => rule.Code switch
    {
        "kidney-pain" when hasFever => PlanStatus.Emergency,
        "infection-risk" when hasFever => PlanStatus.Urgent,
        _ => rule.Level,
    };

    private static int RedFlagIndex(string code) => RedFlagRules.All.ToList().FindIndex(r => r.Code == code);

    private static AdviceLevel ToAdviceLevel(PlanStatus status) => status switch
    {
        PlanStatus.Emergency => AdviceLevel.Emergency,
        PlanStatus.Urgent => AdviceLevel.Urgent,
        _ => AdviceLevel.Soon,
    };

    private static PlanStatus ToStatus(AdviceLevel level) => level switch
    {
        AdviceLevel.Emergency => PlanStatus.Emergency,
        AdviceLevel.Urgent => PlanStatus.Urgent,
        _ => PlanStatus.Soon,
    };
}
