namespace Limber.Core.Figures;

/// <summary>A point in view units, y up from the ground.</summary>
public readonly record struct Point(double X, double Y)
{
    public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);

    public double DistanceTo(Point other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));

    public static Point Polar(double length, double degrees)
    {
        var radians = degrees * Math.PI / 180;
        return new Point(length * Math.Cos(radians), length * Math.Sin(radians));
    }
}

/// <summary>Every joint of a placed pose, y up from the ground (y = 0 is the floor).</summary>
public sealed record Skeleton(
    Point Hip,
    Point Shoulder,
    Point Head,
    IReadOnlyList<Point> NearArm,
    IReadOnlyList<Point> FarArm,
    IReadOnlyList<Point> NearLeg,
    IReadOnlyList<Point> FarLeg)
{
    /// <summary>Every joint plus the head's top and bottom, for bounds and ground checks.</summary>
    public IEnumerable<Point> Extremes()
    {
        yield return Hip;
        yield return Shoulder;
        yield return Head + new Point(0, BodyModel.HeadRadius);
        yield return Head + new Point(0, -BodyModel.HeadRadius);
        yield return Head + new Point(BodyModel.HeadRadius, 0);
        yield return Head + new Point(-BodyModel.HeadRadius, 0);
        foreach (var p in NearArm.Concat(FarArm).Concat(NearLeg).Concat(FarLeg))
        {
            yield return p;
        }
    }

    /// <summary>The lowest point of the body, allowing for the thickness of the limbs.</summary>
    public double Bottom => Math.Min(
        Math.Min(Head.Y - BodyModel.HeadRadius, Math.Min(Hip.Y, Shoulder.Y) - (BodyModel.TorsoWidth / 2)),
        NearArm.Concat(FarArm).Concat(NearLeg).Concat(FarLeg).Min(p => p.Y) - (BodyModel.LimbWidth / 2));

    /// <summary>Places a pose: joints from the hip outwards, then the whole body set on the ground plus its lift.</summary>
    public static Skeleton Place(Pose pose, FigureView view)
    {
        ArgumentNullException.ThrowIfNull(pose);
        var hip = new Point(0, 0);
        var shoulder = hip + Point.Polar(BodyModel.Torso, pose.Torso);
        var head = shoulder + Point.Polar(BodyModel.Neck + BodyModel.HeadRadius, pose.Head);
        var (nearOffset, farOffset, nearHip, farHip) = view == FigureView.Front
            ? (Point.Polar(BodyModel.ShoulderHalfWidth, pose.Torso - 90), Point.Polar(BodyModel.ShoulderHalfWidth, pose.Torso + 90),
               Point.Polar(BodyModel.HipHalfWidth, pose.Torso - 90), Point.Polar(BodyModel.HipHalfWidth, pose.Torso + 90))
            : (default, default, default, default);
        var placed = new Skeleton(
            hip,
            shoulder,
            head,
            Chain(shoulder + nearOffset, pose.NearArm, BodyModel.ArmLengths),
            Chain(shoulder + farOffset, pose.FarArm, BodyModel.ArmLengths),
            Chain(hip + nearHip, pose.NearLeg, BodyModel.LegLengths),
            Chain(hip + farHip, pose.FarLeg, BodyModel.LegLengths));
        return placed.Shift(new Point(0, pose.Lift - placed.Bottom));
    }

    public Skeleton Shift(Point by) => new(
        Hip + by,
        Shoulder + by,
        Head + by,
        [.. NearArm.Select(p => p + by)],
        [.. FarArm.Select(p => p + by)],
        [.. NearLeg.Select(p => p + by)],
        [.. FarLeg.Select(p => p + by)]);

    /// <summary>A limb from its root: the root itself, then one point per segment.</summary>
    private static List<Point> Chain(Point root, Limb limb, IReadOnlyList<double> lengths)
    {
        var points = new List<Point>(lengths.Count + 1) { root };
        for (var i = 0; i < lengths.Count && i < limb.Angles.Count; i++)
        {
            points.Add(points[^1] + Point.Polar(lengths[i], limb.Angles[i]));
        }

        return points;
    }
}
