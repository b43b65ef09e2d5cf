using Limber.Core.Planning;

namespace Limber.Web.Safety;

/// <summary>
/// What a stop page shows (Pages/Shared/_StopAdvice.cshtml), on the plan page and at the top of home:
/// how fast to act, the call action, and the advice for each red flag.
/// </summary>
/// <param name="Plan">The stop plan as issued.</param>
/// <param name="EmergencyNumber">The validated <c>Limber:EmergencyNumber</c>.</param>
/// <param name="InForce">True when this is the latest check-in, so sessions are paused until the next one.</param>
/// <param name="Heading">1 on the plan page, 2 inside home.</param>
public sealed record StopAdvice(Plan Plan, string EmergencyNumber, bool InForce, int Heading)
{
    /// <summary>The red-flag advice, most urgent first, as the plan lists it.</summary>
    public IEnumerable<Advice> RedFlagAdvice => Plan.Advice.Where(a => a.Level is AdviceLevel.Emergency or AdviceLevel.Urgent or AdviceLevel.Soon);

    public IEnumerable<Advice> Notes => Plan.Advice.Where(a => a.Level is AdviceLevel.Info);

    public string Tel => $"tel:{EmergencyNumber}";
}
