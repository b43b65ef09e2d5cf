using System.Collections;
using Limber.Core.Catalog;
using Limber.Core.Planning;

namespace Limber.Web.Pages;

/// <summary>The words for one list of contract codes, in the order pages offer them.</summary>
public sealed class LabelSet(params (string Code, string Text)[] labels) : IEnumerable<(string Code, string Text)>
{
    private readonly Dictionary<string, string> _byCode = labels.ToDictionary(l => l.Code, l => l.Text, StringComparer.Ordinal);

    public IReadOnlyList<string> Codes { get; } = [.. labels.Select(l => l.Code)];

    /// <summary>The words for <paramref name="code"/>; a code without words (never in the contract) reads with spaces for hyphens.</summary>
    public string this[string? code] => code is null ? "" : _byCode.TryGetValue(code, out var text) ? text : code.Replace('-', ' ');

    public bool Has(string code) => _byCode.ContainsKey(code);

    public IEnumerator<(string Code, string Text)> GetEnumerator() => ((IEnumerable<(string Code, string Text)>)labels).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>
/// One label map for every contract code a page shows: each code has exactly one wording, used by
/// the check-in, home, plan, history and rating pages alike. The check-in's longer red-flag
/// questions are in <see cref="CheckIn.Questions"/>; here each red flag has a short name.
/// </summary>
public static class Labels
{
    public static readonly LabelSet Causes = new(
        ("unknown", "Not sure"), ("sitting", "Long sitting"), ("lifting", "Lifting something"), ("twisting", "Twisting"),
        ("fall", "A fall"), ("workout", "A workout or sport"), ("repetitive", "Repeating the same movement"), ("sleep", "Sleeping awkwardly"));

    public static readonly LabelSet PainSpread = new(
        ("none", "It stays in the low back"), ("buttock", "Into the buttock"), ("thigh", "Down the thigh, not past the knee"), ("below-knee", "Below the knee"));

    public static readonly LabelSet Conditions = new(
        ("pregnancy", "I am pregnant"), ("osteoporosis", "Osteoporosis (thin bones)"), ("disc-herniation", "A slipped or herniated disc"),
        ("hip-replacement", "A hip replacement"), ("knee-problem", "A knee problem"), ("wrist-problem", "A wrist problem"),
        ("impaired-sensation", "Numb skin or poor feeling on the back (e.g. from diabetes)"), ("cold-sensitivity", "Cold sensitivity (e.g. Raynaud's)"),
        ("heart-condition", "A heart condition"), ("high-blood-pressure", "High blood pressure"));

    public static readonly LabelSet Equipment = new(
        ("mat", "Exercise mat"), ("chair", "Firm chair"), ("wall", "A clear wall"), ("cushion", "Firm cushion"), ("towel", "Towel"),
        ("foam-roller", "Foam roller"), ("stability-ball", "Stability ball"), ("resistance-band", "Resistance band"),
        ("cold-pack", "Cold pack"), ("heat-pack", "Heat pack or hot-water bottle"), ("bath", "Bath"), ("sauna", "Sauna or steam room"));

    public static readonly LabelSet ThermalPreference = new(("none", "No preference"), ("heat", "Heat"), ("cold", "Cold"));

    /// <summary>Short names of the red flags, for pages that report an answer rather than ask it.</summary>
    public static readonly LabelSet RedFlags = new(
        ("saddle-numbness", "numbness around the groin or bottom"),
        ("bladder-change", "a change in bladder control"),
        ("bowel-change", "a change in bowel control"),
        ("sexual-function-change", "a change in sexual function or genital feeling"),
        ("both-legs", "symptoms in both legs"),
        ("leg-weakness-worsening", "a leg getting weaker"),
        ("major-trauma", "a serious accident"),
        ("abdominal-pain-faintness", "belly pain with faintness"),
        ("fever", "fever or feeling unwell"),
        ("kidney-pain", "pain from the kidney side"),
        ("infection-risk", "a raised risk of infection"),
        ("cancer-history", "a history of cancer"),
        ("unexplained-weight-loss", "weight loss without trying"),
        ("night-pain", "constant pain at night"),
        ("minor-trauma-bone-risk", "a minor fall or strain with thin bones"),
        ("no-improvement-6-weeks", "six weeks without improvement"),
        ("inflammatory-pattern", "a pattern of inflammatory back pain"),
        ("recent-spine-surgery", "recent spine surgery"));

    /// <summary>Why a session was stopped (<c>stoppedFor</c>).</summary>
    public static readonly LabelSet StopReasons = new(("pain", "pain"), ("leg-symptoms", "leg symptoms"), ("time", "out of time"), ("other", "other reason"));

    /// <summary>How hard a session felt, as "felt …".</summary>
    public static readonly LabelSet Difficulties = new(("too-easy", "too easy"), ("right", "about right"), ("too-hard", "too hard"));

    public static readonly LabelSet Stages = new(("mobility", "mobility"), ("stability", "stability"), ("strength", "strength"));

    public static readonly LabelSet Episodes = new(("acute", "recent (under 6 weeks)"), ("subacute", "6 to 12 weeks"), ("chronic", "long-standing (over 12 weeks)"));

    public static readonly LabelSet SessionParts = new(
        ("warm-up", "warm-up"), ("mobility", "mobility"), ("stretch", "stretch"), ("stability", "stability"), ("strength", "strength"), ("cool-down", "cool-down"));

    /// <summary>A plan's status as what to do and how fast.</summary>
    public static readonly LabelSet Statuses = new(
        ("ok", "self-care is fine"),
        ("soon", "see a doctor in the next few days"),
        ("urgent", "see a doctor today"),
        ("emergency", "go to an emergency department now"));

    /// <summary>A label at the start of a sentence or on its own: "too easy" becomes "Too easy".</summary>
    public static string Capitalised(string label) =>
        string.IsNullOrEmpty(label) ? label : string.Concat(char.ToUpperInvariant(label[0]).ToString(), label.AsSpan(1));

    /// <summary>A stop page's heading: what to do, and how fast.</summary>
    public static string StopTitle(PlanStatus status) => status switch
    {
        PlanStatus.Emergency => "Go to an emergency department now",
        PlanStatus.Urgent => "See a doctor today",
        PlanStatus.Soon => "See a doctor in the next few days",
        _ => "Self-care is fine today",
    };

    /// <summary>Every code list of the contract that pages show, with the contract's own list, for the test that none is missing.</summary>
    public static IEnumerable<(string Name, LabelSet Labels, IReadOnlyList<string> Contract)> All()
    {
        yield return (nameof(Causes), Causes, Vocabulary.Causes);
        yield return (nameof(PainSpread), PainSpread, ["none", "buttock", "thigh", "below-knee"]);
        yield return (nameof(Conditions), Conditions, Vocabulary.Conditions);
        yield return (nameof(Equipment), Equipment, Vocabulary.Equipment);
        yield return (nameof(ThermalPreference), ThermalPreference, ["heat", "cold", "none"]);
        yield return (nameof(RedFlags), RedFlags, Vocabulary.RedFlags);
        yield return (nameof(StopReasons), StopReasons, ["pain", "leg-symptoms", "time", "other"]);
        yield return (nameof(Difficulties), Difficulties, ["too-easy", "right", "too-hard"]);
        yield return (nameof(Stages), Stages, [.. Code.All<Stage>()]);
        yield return (nameof(Episodes), Episodes, [.. Code.All<Episode>()]);
        yield return (nameof(SessionParts), SessionParts, [.. Code.All<SessionPart>()]);
        yield return (nameof(Statuses), Statuses, [.. Code.All<PlanStatus>()]);
    }
}
