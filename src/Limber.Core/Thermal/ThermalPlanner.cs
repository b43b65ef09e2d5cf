using Limber.Core.Catalog;
using Limber.Core.Planning;

namespace Limber.Core.Thermal;

/// <summary>Heat and cold for today, and any advice that goes with the choice.</summary>
public sealed record ThermalPlan(IReadOnlyList<ThermalStep> Steps, IReadOnlyList<Advice> Advice);

/// <summary>
/// Chooses heat or cold by the age of the episode and its cause, then lays out today's
/// applications at clock times. See docs/adr/0003-heat-and-cold.md.
/// </summary>
public sealed class ThermalPlanner(KnowledgeBase knowledge)
{
    /// <summary>Causes that mean a new strain of muscle or joint, where cold comes first.</summary>
    public static readonly IReadOnlyList<string> StrainCauses = SessionRules.StrainCauses;

    /// <summary>Only the next 12 hours are scheduled: today's plan, not tomorrow's.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(12);

    /// <summary>Applications end by 22:00 in the time zone of the check-in's <c>now</c>: never one to fall asleep on.</summary>
    public static readonly TimeSpan LatestEnd = TimeSpan.FromHours(22);

    /// <summary>No application starts before 06:00 in the check-in's own offset: after midnight, the next one is in the morning.</summary>
    public static readonly TimeSpan EarliestStart = TimeSpan.FromHours(6);

    /// <summary>Local heat is spread out over the day rather than back to back.</summary>
    public static readonly TimeSpan HeatSpacing = TimeSpan.FromHours(3);

    private static readonly string[] HeatPreference = ["heat-pack", "hot-bath", "sauna"];

    private const int MaxColdApplications = 4;
    private const int MaxHeatApplications = 3;

    public ThermalPlan Plan(Intake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        if (intake.Has("impaired-sensation"))
        {
            return new ThermalPlan([], [new Advice("no-thermal-impaired-sensation", AdviceLevel.Info,
                "No heat or cold today: where the skin cannot feel properly, a pack can burn or freeze it without warning.", ["HOUGHTON-2010"])]);
        }

        var cold = knowledge.Find("cold-pack")!;
        var window = cold.Thermal!.WindowHours ?? new IntRange(0, 48);
        var sinceStart = intake.Now - intake.EpisodeStarted;
        var newStrain = StrainCauses.Contains(intake.Cause) && sinceStart < TimeSpan.FromHours(window.Max);
        var advice = new List<Advice>();

        if (newStrain)
        {
            if (intake.Has("cold-sensitivity"))
            {
                advice.Add(new Advice("no-thermal-cold-sensitivity", AdviceLevel.Info,
                    $"No cold because you react badly to it, and no heat yet: warming a fresh strain in its first {window.Max} hours is not advised. Heat can start after that.",
                    ["HOUGHTON-2010", "S2"]));
                return new ThermalPlan([], advice);
            }

            if (intake.ThermalPreference == "heat")
            {
                advice.Add(new Advice("cold-before-heat", AdviceLevel.Info,
                    $"You prefer heat, but for the first {window.Max} hours after a new strain Limber plans cold; heat follows after that.",
                    ["S0", "S2", "HOUGHTON-2010"]));
            }

            if (!Has(intake, cold))
            {
                advice.Add(WouldHelp("cold-pack", $"A cold pack (or a bag of frozen peas wrapped in a cloth) would help in the first {window.Max} hours after a new strain."));
                return new ThermalPlan([], advice);
            }

            var windowEnd = intake.EpisodeStarted + TimeSpan.FromHours(window.Max);
            return WithSafety(Schedule(intake, cold, MaxColdApplications, minimumSpacing: TimeSpan.Zero, windowEnd,
                $"Cold in the first {window.Max} hours after a new strain can calm the sore area; {cold.Thermal.Minutes} minutes at a time, at least {cold.Thermal.MinHoursBetween:0.#} hours apart, wrapped in a cloth."), advice, cold);
        }

        var wantsCold = intake.ThermalPreference == "cold" && !intake.Has("cold-sensitivity");
        if (wantsCold)
        {
            if (Has(intake, cold))
            {
                return WithSafety(Schedule(intake, cold, MaxColdApplications, TimeSpan.Zero, intake.Now + Horizon,
                    $"You prefer cold; heat and cold have not been shown to differ, so your choice stands. {cold.Thermal.Minutes} minutes at a time, at least {cold.Thermal.MinHoursBetween:0.#} hours apart, wrapped in a cloth."), advice, cold);
            }

            advice.Add(WouldHelp("cold-pack", "A cold pack (or a bag of frozen peas in a cloth) would let you use cold as you prefer."));
            return new ThermalPlan([], advice);
        }

        if (intake.Has("cold-sensitivity") && intake.ThermalPreference == "cold")
        {
            advice.Add(new Advice("no-cold-cold-sensitivity", AdviceLevel.Info, "You prefer cold, but cold is left out because you react badly to it; heat is planned instead where you have it.", ["HOUGHTON-2010"]));
        }

        var heat = HeatOptions(intake).FirstOrDefault(r => Has(intake, r));
        if (heat is null)
        {
            advice.Add(WouldHelp("heat-pack", "A heat pack, heating pad or hot-water bottle wrapped in a cloth would help: gentle heat eases a stiff back a little in the short term and makes stretching easier."));
            return new ThermalPlan([], advice);
        }

        var large = heat.Thermal!.LargeArea;
        var why = large
            ? $"A warm {(heat.Id == "sauna" ? "sauna" : "bath")} of about {heat.Thermal.Minutes} minutes warms the muscles before you stretch; heat gives a small short-term easing of pain and stiffness."
            : $"Gentle heat for {heat.Thermal.Minutes} minutes before the session and later in the day gives a small short-term easing of pain and stiffness and makes stretching easier.";
        return WithSafety(Schedule(intake, heat, large ? 1 : MaxHeatApplications, HeatSpacing, intake.Now + Horizon, why), advice, heat);
    }

    /// <summary>Heat therapies in order of preference, without those a condition rules out.</summary>
    private IEnumerable<CatalogRecord> HeatOptions(Intake intake) =>
        HeatPreference
            .Select(id => knowledge.Find(id)!)
            .Where(r => !r.Contraindications.Any(intake.Has) && SessionRules.Excluding(r, intake) is null);

    /// <summary>The person has what it needs, and neither a condition nor a promise of the plan rules it out (position rules apply to packs too).</summary>
    private static bool Has(Intake intake, CatalogRecord therapy) =>
        therapy.Equipment.All(intake.Equipment.Contains)
        && !therapy.Contraindications.Any(intake.Has)
        && SessionRules.Excluding(therapy, intake) is null;

    private static List<ThermalStep> Schedule(Intake intake, CatalogRecord therapy, int count, TimeSpan minimumSpacing, DateTimeOffset notAfter, string why)
    {
        var protocol = therapy.Thermal!;
        var length = TimeSpan.FromMinutes(protocol.Minutes);
        var gap = TimeSpan.FromHours(protocol.MinHoursBetween);
        var spacing = length + gap > minimumSpacing ? length + gap : minimumSpacing;
        var sources = therapy.Sources;
        var steps = new List<ThermalStep>();
        var morning = new DateTimeOffset(intake.Now.Date + EarliestStart, intake.Now.Offset);
        var next = StartOfNextMinute(intake.Now);
        var start = next < morning ? morning : next;
        var horizon = intake.Now + Horizon;
        var latest = new DateTimeOffset(intake.Now.Date + LatestEnd, intake.Now.Offset);
        while (steps.Count < count && start + length <= notAfter && start + length <= horizon && start + length <= latest)
        {
            steps.Add(new ThermalStep(protocol.Mode, therapy.Id, protocol.Minutes, protocol.MinHoursBetween, start, start + length, why, sources));
            start += spacing;
        }

        return steps;
    }

    private static ThermalPlan WithSafety(List<ThermalStep> steps, List<Advice> advice, CatalogRecord therapy)
    {
        if (steps.Count > 0)
        {
            var text = therapy.Thermal!.LargeArea
                ? "Keep the water or room warm, not hot, get out if you feel faint or dizzy, and drink some water afterwards."
                : "Always keep a cloth between your skin and the pack, check the skin when you lift it off, and never fall asleep on a pack.";
            advice.Add(new Advice("thermal-safety", AdviceLevel.Caution, text, ["HOUGHTON-2010", "S0"]));
        }
        else
        {
            advice.Add(new Advice("thermal-later", AdviceLevel.Info,
                $"No {Code.Of(therapy.Thermal!.Mode)} is planned for the rest of today: it is too late in the day or past the window for it. Check in again tomorrow.", ["LIMBER"]));
        }

        return new ThermalPlan(steps, advice);
    }

    private static Advice WouldHelp(string equipment, string text) =>
        new($"would-help-{equipment}", AdviceLevel.Info, text, ["COCHRANE-HEAT-2006", "ACP-2017"]);

    private static DateTimeOffset StartOfNextMinute(DateTimeOffset now)
    {
        var floor = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, now.Offset);
        return floor == now ? now : floor.AddMinutes(1);
    }
}
