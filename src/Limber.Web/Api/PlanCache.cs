using System.Collections.Concurrent;

namespace Limber.Web.Api;

/// <summary>
/// The engine is deterministic: an intake that names its own <c>now</c> always gives the same
/// plan bytes, so recent answers are kept and served again. Intakes without <c>now</c> depend on
/// the clock and are never kept. Bounded: the whole cache is dropped when it fills.
/// </summary>
internal sealed class PlanCache
{
    public const int Capacity = 512;

    private readonly ConcurrentDictionary<string, byte[]> _plans = new(StringComparer.Ordinal);

    public byte[]? Find(string intake) => _plans.GetValueOrDefault(intake);

    public void Keep(string intake, byte[] plan, bool intakeGivesNow)
    {
        if (!intakeGivesNow)
        {
            return;
        }

        if (_plans.Count >= Capacity)
        {
            _plans.Clear();
        }

        _plans[intake] = plan;
    }
}
