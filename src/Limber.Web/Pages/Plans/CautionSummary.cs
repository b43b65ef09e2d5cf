using Limber.Core.Planning;

namespace Limber.Web.Pages.Plans;

/// <summary>
/// The one line a caution shows before it is opened on the plan page: what to watch for and
/// what to do, so the plan's first screen stays short without hiding the point of a caution.
/// </summary>
public static class CautionSummary
{
    private static readonly Dictionary<string, string> ByCode = new(StringComparer.Ordinal)
    {
        ["age-over-50-first-episode"] = "First back pain after 50: tell a doctor at your next visit",
        ["severe-pain"] = "Very high pain today: gentle, supported positions only",
        ["leg-symptoms"] = "Pain below the knee: stop anything that sends it further down",
        ["stop-if-leg-symptoms-spread"] = "Stop if pain, numbness or tingling spreads down a leg",
        ["never-force-a-stretch"] = "Never force a stretch: ease back to a gentle pull",
        ["stop-if-back-pain-during-activity"] = "Stop if back pain comes on while you exercise",
        ["thermal-safety"] = "Heat and cold: how to use them safely",
        ["pregnancy"] = "Pregnancy: some positions and heat are left out; know when to call",
        ["disc-herniation"] = "Disc problem: nothing loads your back bent forward",
        ["high-blood-pressure"] = "High blood pressure: keep breathing, never hold your breath",
    };

    /// <summary>The caution's summary line; for a code without one, its first sentence.</summary>
    public static string Of(Advice advice)
    {
        ArgumentNullException.ThrowIfNull(advice);
        if (ByCode.TryGetValue(advice.Code, out var line))
        {
            return line;
        }

        var end = advice.Text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? advice.Text[..end] : advice.Text.TrimEnd('.');
    }

    /// <summary>Every code that has its own summary line (for tests).</summary>
    public static IReadOnlyCollection<string> Codes => ByCode.Keys;
}
