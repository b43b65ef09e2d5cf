using Limber.Core.Catalog;
using Limber.Core.Progression;
using Limber.Core.Thermal;
using Limber.Core.Triage;

namespace Limber.Core.Planning;

/// <summary>
/// The engine: from one check-in, triage first, then heat or cold, today's session, habits and
/// advice, each explained and cited. Pure and deterministic: the same intake gives the same plan.
/// </summary>
public sealed class DailyPlanner(KnowledgeBase knowledge)
{
    private const int MaxHabits = 5;

    private readonly ThermalPlanner _thermal = new(knowledge);
    private readonly RoutinePlanner _routine = new(knowledge);

    public static Episode EpisodeOf(DateTimeOffset started, DateTimeOffset now)
    {
        var days = (now - started).TotalDays;
        return days < 6 * 7 ? Episode.Acute : days <= 12 * 7 ? Episode.Subacute : Episode.Chronic;
    }

    /// <summary>
    /// A STarT Back result in the high band: worries and low mood are weighing on the back as much as the
    /// body is, and NICE NG59 suggests care that works on both (exercise with a psychological approach).
    /// </summary>
    public static readonly Advice StartBackHigh = new("startback-high", AdviceLevel.Info,
        "Your latest STarT Back form came out in the high band. That usually means worry, low mood or a sense that the pain will never ease "
        + "are weighing on your back as much as the stiffness itself. Ask to see a physiotherapist who works in a psychologically informed way: "
        + "exercise combined with help for those thoughts tends to work better than exercise alone. Keep going with gentle movement meanwhile.",
        ["NICE-NG59"]);

    public Plan Create(Intake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        var episode = EpisodeOf(intake.EpisodeStarted, intake.Now);
        var triage = TriageRules.Assess(intake);
        var stage = ProgressionRule.Decide(intake.History, intake.Pain);
        if (triage.Status != PlanStatus.Ok)
        {
            Advice[] stop =
            [
                .. triage.Advice,
                new Advice("no-self-care-until-seen", AdviceLevel.Info,
                    triage.Status == PlanStatus.Soon
                        ? "Limber has left out exercise and heat or cold until a clinician has seen you; gentle everyday movement within comfort is fine while you arrange that."
                        : "Limber has left out exercise and heat or cold. Get seen first, and do not wait to see whether it settles.",
                    ["NICE-NG59", "FINUCANE-2020"]),
            ];
            return new Plan(triage.Status, stop, episode, stage.Stage, [], null, [], Cite(stop.SelectMany(a => a.Sources)), intake.Now);
        }

        var thermal = _thermal.Plan(intake);
        var routine = _routine.Build(intake, stage.Stage);
        var session = routine.Session;
        var advice = new List<Advice>(triage.Cautions);
        advice.AddRange(ConditionAdvice(intake));
        advice.AddRange(routine.Notes);
        advice.Add(Rule("stop-if-leg-symptoms-spread", AdviceLevel.Caution));
        advice.Add(Rule("never-force-a-stretch", AdviceLevel.Caution));
        if (stage.Stage > Stage.Mobility)
        {
            advice.Add(Rule("stop-if-back-pain-during-activity", AdviceLevel.Caution));
        }

        advice.AddRange(thermal.Advice);
        advice.Add(new Advice("stage", AdviceLevel.Info, $"{stage.Reason} {ProgressionRule.RuleText}", ProgressionRule.Sources));
        if (intake.StartBack == "high")
        {
            advice.Add(StartBackHigh);
        }

        if (episode == Episode.Acute)
        {
            advice.Add(Rule("dont-stay-in-bed", AdviceLevel.Info));
            if (SessionRules.IsFreshStrain(intake))
            {
                advice.Add(Rule("acute-avoid-bend-lift-twist", AdviceLevel.Info));
            }
        }
        else if (episode == Episode.Chronic)
        {
            advice.Add(Rule("see-professional-persistent", AdviceLevel.Info));
        }

        if (session.Blocks.Count == 0)
        {
            advice.Add(new Advice("no-safe-exercise", AdviceLevel.Info,
                "None of Limber's exercises fits today's answers and time safely. A physiotherapist can suggest movements that suit you.",
                ["S1", "S3"]));
        }

        else if (session.TotalSeconds < intake.Minutes * 60 * 3 / 4)
        {
            advice.Add(new Advice("short-session", AdviceLevel.Info,
                $"Today's session takes {(session.TotalSeconds + 59) / 60} of your {intake.Minutes} minutes: only a few of Limber's exercises suit today's answers, and each is done once at a full dose. An easy walk is a good way to use the rest.",
                ["NICE-NG59", "DAHM-2010"]));
        }

        var ordered = advice.OrderBy(a => a.Level).ToList();
        var habits = Habits(intake, episode);
        var cited = ordered.SelectMany(a => a.Sources)
            .Concat(thermal.Steps.SelectMany(t => t.Sources))
            .Concat(session.Blocks.SelectMany(b => b.Sources))
            .Concat(habits.SelectMany(h => h.Sources));
        return new Plan(PlanStatus.Ok, ordered, episode, stage.Stage, thermal.Steps, session, habits, Cite(cited), intake.Now);
    }

    /// <summary>Each promise of <see cref="SessionRules.Claims"/> that holds today, with the pregnancy advice before week 12.</summary>
    private static IEnumerable<Advice> ConditionAdvice(Intake intake)
    {
        if (intake.Has("pregnancy") && !SessionRules.IsPregnantPastLyingLimit(intake))
        {
            yield return new Advice("pregnancy", AdviceLevel.Caution,
                "From week 12 Limber will stop planning anything lying on your back or front. No sauna, hot bath or large-area heat. Stop and contact your midwife or doctor if you have bleeding, fluid leaking, dizziness, chest or calf pain, or regular painful tightenings.",
                ["ACOG-2002", "SOGC-2019", "HOUGHTON-2010"]);
        }

        foreach (var claim in SessionRules.For(intake))
        {
            yield return new Advice(claim.Code, claim.Level, claim.Text, claim.Sources);
        }
    }

    private Advice Rule(string id, AdviceLevel level)
    {
        var rule = knowledge.SafetyRules.First(r => r.Id == id);
        return new Advice(rule.Id, level, rule.Text, rule.Sources);
    }

    private List<PlannedHabit> Habits(Intake intake, Episode episode)
    {
        var habits = knowledge.Habits;
        var first = episode == Episode.Acute ? habits.Where(h => h.Id == "stay-active") : [];
        return first
            .Concat(habits.Where(h => h.Causes.Contains(intake.Cause)))
            .Concat(habits.Where(h => h.Causes.Count == 0))
            .Distinct()
            .Take(MaxHabits)
            .Select(h => new PlannedHabit(h.Id, h.Text, h.Why, h.Sources))
            .ToList();
    }

    private List<SourceReference> Cite(IEnumerable<string> ids)
    {
        var cited = ids.ToHashSet(StringComparer.Ordinal);
        return knowledge.Sources.Where(s => cited.Contains(s.Id)).Select(s => new SourceReference(s.Id, s.Title)).ToList();
    }
}
