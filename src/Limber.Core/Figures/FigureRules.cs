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

        var centre = FigureRenderer.CentreOffset(figure);
        foreach (var pose in figure.Poses)
        {
            var skeleton = Skeleton.Place(pose, figure.View);
            if (skeleton.Bottom < -Tolerance)
            {
                yield return $"pose '{pose.Name}': a joint is below the ground (lift {pose.Lift})";
            }

            if (FloorPositions.Contains(record.Position) && pose.Lift > Tolerance)
            {
                yield return $"pose '{pose.Name}': the record is done on the floor ({Code.Of(record.Position)}) but the pose does not touch it (lift {pose.Lift})";
            }
        }

        foreach (var frame in FigureRenderer.Frames(figure))
        {
            if (FigureRenderer.InView(frame, centre).Any(p => p.X < 0 || p.X > FigureRenderer.Width || p.Y < 0 || p.Y > FigureRenderer.Height))
            {
                yield return "the body leaves the view during the animation; bring the limbs in or lower the lift";
                yield break;
            }
        }
    }
}
