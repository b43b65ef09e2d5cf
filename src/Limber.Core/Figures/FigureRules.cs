using Limber.Core.Catalog;

namespace Limber.Core.Figures;

/// <summary>What every figure must satisfy: checked by <c>limber catalog check</c> and the tests.</summary>
public static class FigureRules
{
    /// <summary>Kinds that are movements and so must be drawn.</summary>
    public static readonly IReadOnlyList<RecordKind> DrawnKinds =
        [RecordKind.Stretch, RecordKind.Mobility, RecordKind.Stability, RecordKind.Strength, RecordKind.Relaxation, RecordKind.SelfMassage];

    /// <summary>Positions where the body rests on the floor, so every pose must touch it.</summary>
    public static readonly IReadOnlyList<Position> FloorPositions =
        [Position.Supine, Position.Prone, Position.SideLying, Position.Quadruped, Position.Kneeling, Position.HalfKneeling];

    private const double Tolerance = 0.01;

    /// <summary>Every key pose fills at least this share of the frame's width or height.</summary>
    public const double MinimumFill = 0.7;

    /// <summary>How far, in centimetres, a body may sit from a prop that holds it up.</summary>
    public const double SupportTolerance = 5;

    public static IEnumerable<string> Check(CatalogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Figure is not { } figure)
        {
            if (DrawnKinds.Contains(record.Kind))
            {
                yield return $"a {Code.Of(record.Kind)} record needs a 'figure' with at least one pose";
            }

            yield break;
        }

        if (figure.Poses.Count == 0)
        {
            yield return "'figure.poses' needs at least one pose";
            yield break;
        }

        var framing = Framing.For(figure, record.Targets);
        foreach (var pose in figure.Poses)
        {
            var skeleton = Skeleton.Place(pose);
            if (pose.Lift < -Tolerance)
            {
                yield return $"pose '{pose.Name}': a joint is below the ground (lift {pose.Lift})";
            }

            if (FloorPositions.Contains(record.Position) && pose.Lift > Tolerance)
            {
                yield return $"pose '{pose.Name}': the record is done on the floor ({Code.Of(record.Position)}) but the pose does not touch it (lift {pose.Lift})";
            }

            var (width, height) = framing.Fill(skeleton);
            if (Math.Max(width, height) < MinimumFill)
            {
                yield return $"pose '{pose.Name}': the body fills only {width:P0} of the frame's width and {height:P0} of its height (at least {MinimumFill:P0} of one is needed); bring the poses closer together";
            }

            foreach (var support in Scenery.Supports(pose, skeleton, record.Targets))
            {
                var gap = support.BodyUnderside - support.PropTop;
                if (Math.Abs(gap) > SupportTolerance)
                {
                    yield return $"pose '{pose.Name}': the body {(gap > 0 ? "floats" : "sinks")} {Math.Abs(gap):0} cm {(gap > 0 ? "above" : "into")} the {support.Prop}; it should rest on it";
                }
            }
        }
    }
}
