namespace Limber.Core.Outcomes;

/// <summary>A measure whose change Limber judges, with its threshold and which way is better.</summary>
public sealed record ChangeMeasure(string Id, double AbsoluteThreshold, bool HigherIsBetter, bool UsesRelativeThreshold, IReadOnlyList<string> Sources);

/// <summary>
/// The change from baseline to latest and whether it matters. Both flags are reported, as
/// clinical-rules §2.5 recommends: the absolute minimal important change, and 30% of baseline.
/// </summary>
public sealed record Change(string Measure, double Baseline, double Latest, double Improvement, bool AbsoluteMet, bool RelativeMet)
{
    /// <summary>Meaningful when either threshold is met (Ostelo 2008).</summary>
    public bool Meaningful => AbsoluteMet || RelativeMet;

    /// <summary>The change in plain words, for history and the printable summary.</summary>
    public string Words => (Improvement, Meaningful) switch
    {
        ( > 0, true) => "a real improvement",
        ( < 0, true) => "a real worsening; worth talking over with a clinician",
        (0, _) => "no change",
        _ => "a small change, within what can happen by chance",
    };
}

/// <summary>Ostelo 2008 (NRS 2, RMDQ 5, ODI 10, or 30% of baseline); PSFS by its MDC of 2 on the mean (Stratford 1995).</summary>
public static class MeaningfulChange
{
    public const double RelativeThreshold = 0.30;

    public static readonly IReadOnlyList<ChangeMeasure> Measures =
    [
        new("pain", 2, HigherIsBetter: false, UsesRelativeThreshold: true, ["OSTELO-2008", "FARRAR-2001"]),
        new("rmdq", 5, HigherIsBetter: false, UsesRelativeThreshold: true, ["OSTELO-2008"]),
        new("odi", 10, HigherIsBetter: false, UsesRelativeThreshold: true, ["OSTELO-2008"]),
        new("psfs", 2, HigherIsBetter: true, UsesRelativeThreshold: false, ["STRATFORD-1995"]),
    ];

    public static Change Assess(string measure, double baseline, double latest)
    {
        var rule = Measures.FirstOrDefault(m => m.Id == measure)
            ?? throw new ArgumentOutOfRangeException(nameof(measure), measure, "no change rule for this measure");
        var improvement = rule.HigherIsBetter ? latest - baseline : baseline - latest;
        var absolute = Math.Abs(improvement) >= rule.AbsoluteThreshold;
        var relative = rule.UsesRelativeThreshold && baseline > 0 && Math.Abs(improvement) / baseline >= RelativeThreshold;
        return new Change(measure, baseline, latest, improvement, absolute, relative);
    }
}
