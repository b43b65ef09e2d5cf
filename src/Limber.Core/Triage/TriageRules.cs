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
        var inferred = Inferred(intake);
        var advice = RedFlagRules.All
            .Where(rule => intake.RedFlags.Contains(rule.Code) || inferred.ContainsKey(rule.Code))
            .Select(rule => (Rule: rule, Level: LevelOf(rule, hasFever)))
            .OrderByDescending(r => r.Level)
            .ThenBy(r => RedFlagIndex(r.Rule.Code))
            .Select(r => new Advice(r.Rule.Code, ToAdviceLevel(r.Level),
                TextOf(r.Rule, r.Level, intake, inferred),
                r.Rule.Sources))
            .ToList();
        var status = advice.Count == 0 ? PlanStatus.Ok : (PlanStatus)advice.Max(a => (int)ToStatus(a.Level));
        return new TriageOutcome(status, advice, Cautions(intake));
    }

    /// <summary>From this age a fall raises the chance of a broken vertebra (Downie 2013: older age; the same line as ACSM's older adults).</summary>
    public const int FractureAge = 65;

    /// <summary>A fall this recent, from <see cref="FractureAge"/>, gets a fracture caution.</summary>
    public static readonly TimeSpan RecentFall = TimeSpan.FromDays(14);

    /// <summary>Under this age, a first episode is a caution (clinical-rules §1.2: under 20 is a malignancy flag).</summary>
    public const int YoungAge = 20;

    /// <summary>Pain this high that began this recently counts as sudden and severe.</summary>
    public const int SeverePain = 7;

    public static readonly TimeSpan SuddenOnset = TimeSpan.FromHours(72);

    /// <summary>How long after a minor fall or strain bone risk is raised without the box ticked: new pain, not yet assessed (the first 12 weeks).</summary>
    public static readonly TimeSpan BoneRiskWindow = TimeSpan.FromDays(12 * 7);

    /// <summary>Red flags the person did not tick but their other answers show, each with the reason in plain words.</summary>
    private static Dictionary<string, string> Inferred(Intake intake)
    {
        var inferred = new Dictionary<string, string>(StringComparer.Ordinal);
        var sinceStart = intake.Now - intake.EpisodeStarted;
        if (intake.Has("osteoporosis") && Planning.SessionRules.StrainCauses.Contains(intake.Cause) && sinceStart < BoneRiskWindow)
        {
            inferred["minor-trauma-bone-risk"] = intake.Cause == "fall"
                ? "You have osteoporosis and your pain began with a fall."
                : "You have osteoporosis and your pain began with a strain.";
        }

        return inferred;
    }

    /// <summary>The rule's words, led by the reason when it was inferred, and saying the faster action first when fever raises the level.</summary>
    private static string TextOf(RedFlagRule rule, PlanStatus level, Intake intake, Dictionary<string, string> inferred)
    {
        var text = (rule.Code, level) switch
        {
            ("kidney-pain", PlanStatus.Emergency) =>
                "Go to an emergency department now. Severe pain in one side that spreads to the groin, or blood in the urine, together with a fever can mean an infected, blocked kidney, which needs treatment within hours.",
            ("infection-risk", PlanStatus.Urgent) =>
                "See a doctor today. With a fever, injecting drugs, a weakened immune system or a recent serious infection raise the chance that back pain comes from an infection, which needs checking the same day.",
            _ => rule.Text,
        };
        return !intake.RedFlags.Contains(rule.Code) && inferred.TryGetValue(rule.Code, out var why) ? $"{why} {text}" : text;
    }

    /// <summary>Signs that do not stop self-care but change how it is done.</summary>
    private static List<Advice> Cautions(Intake intake)
    {
        var cautions = new List<Advice>();
        var sinceStart = intake.Now - intake.EpisodeStarted;
        if (intake.Age >= FractureAge && intake.Cause == "fall" && sinceStart < RecentFall)
        {
            cautions.Add(new Advice("fall-fracture-caution", AdviceLevel.Caution,
                $"At {intake.Age}, a fall can crack a bone in the spine even when it did not seem a hard one. See a doctor within a few days if the pain is severe, sits right on the spine, is eased by lying down or keeps you from standing up; go today if it gets worse. Until then keep the session gentle.",
                ["DOWNIE-2013", "NICE-NG59"]));
        }

        if (intake.Age < YoungAge && intake.FirstEpisode)
        {
            cautions.Add(new Advice("young-first-episode", AdviceLevel.Caution,
                "Back pain is less common before 20, so a first bout is worth showing to a doctor if it has not clearly eased within a few weeks, wakes you at night or comes with feeling unwell.",
                ["NICE-CKS-SCIATICA", "NICE-NG59"]));
        }

        if (intake.Age >= FractureAge && intake.FirstEpisode && intake.Pain >= SeverePain && sinceStart < SuddenOnset)
        {
            cautions.Add(new Advice("sudden-severe-older", AdviceLevel.Caution,
                $"Severe back pain that came on suddenly for the first time at {intake.Age} should be checked by a doctor within a few days, even without a fall: at this age it is more often something other than the muscles. Go today if you feel unwell or it keeps getting worse.",
                ["DOWNIE-2013", "NICE-CKS-SCIATICA"]));
        }

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
