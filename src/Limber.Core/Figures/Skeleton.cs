namespace Limber.Core.Figures;

/// <summary>
/// A pose placed in the room: every joint in centimetres, y up from the floor. Arms run shoulder,
/// elbow, wrist, hand; legs run hip, knee, ankle, heel, toe.
/// </summary>
public sealed record Skeleton(
    Point3 Hip,
    Point3 Sacrum,
    Point3 Waist,
    Point3 Chest,
    Point3 Head,
    Point3 Face,
    IReadOnlyList<Point3> RightArm,
    IReadOnlyList<Point3> LeftArm,
    IReadOnlyList<Point3> RightLeg,
    IReadOnlyList<Point3> LeftLeg,
    Rotation Pelvis)
{
    /// <summary>The spine's bend at the lumbar segment, relative to the pelvis: positive rounds the back, negative arches it.</summary>
    public double LumbarBend
    {
        get
        {
            var lumbar = (Waist - Sacrum).Unit();
            var up = Pelvis.Y;
            var forward = Pelvis.X;
            return Math.Atan2(lumbar.Dot(forward), lumbar.Dot(up)) * 180 / Math.PI;
        }
    }

    /// <summary>Every point with the drawn radius around it, for the floor and the frame.</summary>
    public IEnumerable<(Point3 At, double Radius)> Outline()
    {
        yield return (Hip, BodyModel.HipsWidth / 2);
        yield return (Sacrum, BodyModel.TorsoWidth / 2);
        yield return (Waist, BodyModel.TorsoWidth / 2);
        yield return (Chest, BodyModel.TorsoWidth / 2);
        yield return (Head, BodyModel.HeadRadius);
        foreach (var arm in new[] { RightArm, LeftArm })
        {
            yield return (arm[0], BodyModel.ShouldersWidth / 2);
            yield return (arm[1], BodyModel.ArmWidth / 2);
            yield return (arm[2], BodyModel.ArmWidth / 2);
            yield return (arm[3], BodyModel.HandWidth / 2);
        }

        foreach (var leg in new[] { RightLeg, LeftLeg })
        {
            yield return (leg[0], BodyModel.HipsWidth / 2);
            yield return (leg[1], BodyModel.LegWidth / 2);
            yield return (leg[2], BodyModel.LegWidth / 2);
            yield return (leg[3], BodyModel.FootWidth / 2);
            yield return (leg[4], BodyModel.FootWidth / 2);
        }
    }

    /// <summary>The height of the lowest surface of the body above the floor.</summary>
    public double Bottom => Outline().Min(o => o.At.Y - o.Radius);

    /// <summary>Places a pose: joints from the pelvis outwards, then the body set down on the floor plus its lift.</summary>
    public static Skeleton Place(Pose pose)
    {
        ArgumentNullException.ThrowIfNull(pose);
        var body = Rotation.AboutY(-pose.Body.B) * Rotation.AboutZ(-pose.Body.A) * Rotation.AboutX(pose.Body.C);
        var pelvis = body * Rotation.AboutZ(-pose.Tilt);
        var hip = new Point3(0, 0, 0);
        var sacrum = hip + pelvis.Apply(new(0, BodyModel.Pelvis, 0));
        var lumbar = body * Segment(pose.Spine.Lumbar);
        var waist = sacrum + lumbar.Apply(new(0, BodyModel.Lumbar, 0));
        var thoracic = lumbar * Segment(pose.Spine.Thoracic);
        var chest = waist + thoracic.Apply(new(0, BodyModel.Thoracic, 0));
        var neck = thoracic * Segment(pose.Spine.Neck);
        var head = chest + neck.Apply(new(0, BodyModel.Neck, 0));
        var face = head + neck.Apply(new(BodyModel.HeadRadius - 1.5, 0, 0));
        var placed = new Skeleton(
            hip,
            sacrum,
            waist,
            chest,
            head,
            face,
            Arm(chest, thoracic, pose.RightArm, 1),
            Arm(chest, thoracic, pose.LeftArm, -1),
            Leg(hip, body, pose.RightLeg, 1),
            Leg(hip, body, pose.LeftLeg, -1),
            pelvis);
        return placed.Shift(new(0, pose.Lift - placed.Bottom, 0));
    }

    public Skeleton Shift(Point3 by) => new(
        Hip + by,
        Sacrum + by,
        Waist + by,
        Chest + by,
        Head + by,
        Face + by,
        [.. RightArm.Select(p => p + by)],
        [.. LeftArm.Select(p => p + by)],
        [.. RightLeg.Select(p => p + by)],
        [.. LeftLeg.Select(p => p + by)],
        Pelvis);

    /// <summary>A spine segment: [bend forward, bend right, twist right].</summary>
    private static Rotation Segment(Turn turn) =>
        Rotation.AboutZ(-turn.A) * Rotation.AboutX(turn.B) * Rotation.AboutY(-turn.C);

    /// <summary>A shoulder or hip: [forward, out to the side, turned out]; side is +1 for the right, -1 for the left.</summary>
    private static Rotation Root(Rotation parent, Turn turn, int side) =>
        parent * Rotation.AboutZ(turn.A) * Rotation.AboutX(-side * turn.B) * Rotation.AboutY(-side * turn.C);

    private static List<Point3> Arm(Point3 chest, Rotation thoracic, Limb limb, int side)
    {
        var shoulder = chest + thoracic.Apply(new(0, -BodyModel.ShoulderDrop, side * BodyModel.ShoulderHalfWidth));
        var upper = Root(thoracic, limb.Root, side);
        var elbow = shoulder + upper.Apply(new(0, -BodyModel.UpperArm, 0));
        var fore = upper * Rotation.AboutZ(limb.Bend);
        var wrist = elbow + fore.Apply(new(0, -BodyModel.Forearm, 0));
        return [shoulder, elbow, wrist, wrist + fore.Apply(new(0, -BodyModel.Hand, 0))];
    }

    private static List<Point3> Leg(Point3 centre, Rotation body, Limb limb, int side)
    {
        var hip = centre + body.Apply(new(0, 0, side * BodyModel.HipHalfWidth));
        var thigh = Root(body, limb.Root, side);
        var knee = hip + thigh.Apply(new(0, -BodyModel.Thigh, 0));
        var shin = thigh * Rotation.AboutZ(-limb.Bend);
        var ankle = knee + shin.Apply(new(0, -BodyModel.Shin, 0));
        var foot = shin * Rotation.AboutZ(-limb.Point);
        var sole = -(BodyModel.AnkleHeight - (BodyModel.FootWidth / 2));
        return [hip, knee, ankle, ankle + foot.Apply(new(-BodyModel.Heel, sole, 0)), ankle + foot.Apply(new(BodyModel.Toe, sole, 0))];
    }
}
