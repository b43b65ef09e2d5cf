namespace Limber.Core.Figures;

/// <summary>How a prop is drawn: a filled outline round 3D points, a rounded stroke through them, or a ball.</summary>
public enum PropShapeKind
{
    Solid,
    Stroke,
    Ball,
}

/// <summary>One drawn piece of a prop, in centimetres in the room; <see cref="Front"/> pieces are drawn over the body.</summary>
public sealed record PropShape(string Class, PropShapeKind Kind, IReadOnlyList<Point3> Points, double Width, bool Front = false);

/// <summary>Where a prop holds the body up: the top of the prop and the underside of the part resting on it.</summary>
public sealed record Support(string Prop, double PropTop, double BodyUnderside);

/// <summary>
/// The room a figure's body takes up through its whole animation, in centimetres: the props that
/// stay put while the body moves (mat, wall, bath) are sized and placed from it, so they are the
/// same in every pose of the figure.
/// </summary>
public sealed record Room(double MinX, double MaxX, double MinZ, double MaxZ, double Top, bool HeadLeft)
{
    /// <summary>The room taken up by every skeleton the figure passes through.</summary>
    public static Room Of(IReadOnlyList<Skeleton> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        ArgumentOutOfRangeException.ThrowIfZero(frames.Count);
        var outline = frames.SelectMany(f => f.Outline()).ToList();
        return new Room(
            outline.Min(o => o.At.X - o.Radius),
            outline.Max(o => o.At.X + o.Radius),
            outline.Min(o => o.At.Z - o.Radius),
            outline.Max(o => o.At.Z + o.Radius),
            outline.Max(o => o.At.Y + o.Radius),
            frames[0].Head.X < frames[0].Hip.X);
    }
}

/// <summary>
/// The props of a pose, to scale, placed from the body: a kitchen chair's seat is 45 cm wide, a
/// gym ball 65 cm across, a foam roller 15 cm across and 90 cm long, a rolled towel 12 cm, a firm
/// cushion 10 cm high.
/// </summary>
public static class Scenery
{
    public const double BallRadius = 32.5;
    public const double RollerRadius = 7.5;
    public const double TowelRollRadius = 6;
    public const double CushionHeight = 10;

    /// <summary>
    /// Every prop shape of a pose, placed around the key pose it is drawn with; the mat, wall and
    /// bath round <paramref name="room"/>, the whole figure's (the pose's own when none is given).
    /// </summary>
    public static IReadOnlyList<PropShape> Shapes(Pose pose, Skeleton s, IReadOnlyList<string> targets, Room? room = null)
    {
        ArgumentNullException.ThrowIfNull(pose);
        ArgumentNullException.ThrowIfNull(s);
        var shapes = new List<PropShape>();
        room ??= Room.Of([s]);
        var (minX, maxX, headLeft) = (room.MinX, room.MaxX, room.HeadLeft);
        foreach (var prop in pose.Props)
        {
            switch (prop)
            {
                case "mat":
                    {
                        var near = Math.Max(32, room.MaxZ + 6);
                        var far = Math.Min(-32, room.MinZ - 6);
                        shapes.Add(Box("mat", new(minX - 8, 0, far), new(maxX + 8, 1, near)));
                        break;
                    }

                case "chair":
                    {
                        var facing = s.RightLeg[1].X >= s.Hip.X ? 1 : -1;
                        var seat = SeatTop(s);
                        shapes.AddRange(Chair(s.Hip.X + (facing * 24), s.Hip.X - (facing * 20), seat, withBack: true));
                        break;
                    }

                case "chair-edge":
                    {
                        var away = s.Chest.X >= s.Hip.X ? 1 : -1;
                        var top = Math.Min(s.Chest.Y, s.RightArm[0].Y) - (BodyModel.TorsoWidth / 2);
                        shapes.AddRange(Chair(s.Chest.X + (away * 42), s.Chest.X - (away * 6), top, withBack: false));
                        break;
                    }

                case "bench":
                    {
                        // A sauna: the hips on the upper tier, the feet on the lower tier in front
                        // of it (when they are off the floor), a slatted wooden wall behind.
                        var facing = s.RightLeg[1].X >= s.Hip.X ? 1 : -1;
                        var seat = SeatTop(s);
                        var front = s.Hip.X + (facing * 20);
                        var back = s.Hip.X - (facing * 32);
                        var feet = Math.Min(Math.Min(s.RightLeg[3].Y, s.RightLeg[4].Y), Math.Min(s.LeftLeg[3].Y, s.LeftLeg[4].Y)) - (BodyModel.FootWidth / 2);
                        var toes = facing > 0 ? Math.Max(s.RightLeg[4].X, s.LeftLeg[4].X) : Math.Min(s.RightLeg[4].X, s.LeftLeg[4].X);
                        var top = s.Head.Y + BodyModel.HeadRadius;
                        var wall = back - (facing * 5);
                        shapes.Add(Box("wood", new(Math.Min(wall, back), 0, -35), new(Math.Max(wall, back), top, 35)));
                        for (var slat = 1; slat <= 3; slat++)
                        {
                            var y = seat + ((top - seat) * slat / 4);
                            shapes.Add(new PropShape("slat", PropShapeKind.Stroke, [new(back, y, -35), new(back, y, 35)], 1.5));
                        }

                        shapes.Add(Box("wood", new(Math.Min(front, back), 0, -35), new(Math.Max(front, back), seat, 35)));
                        if (feet > 10)
                        {
                            var edge = toes + (facing * 8);
                            shapes.Add(Box("wood", new(Math.Min(front, edge), 0, -35), new(Math.Max(front, edge), feet, 35)));
                        }

                        break;
                    }

                case "wall":
                    {
                        var x = headLeft ? maxX + 1 : minX - 9;
                        shapes.Add(Box("prop", new(x, 0, -45), new(x + 8, Math.Max(room.Top, 60), 45)));
                        break;
                    }

                case "ball":
                    {
                        var at = Point3.Between(s.Sacrum, s.Waist, 0.5);
                        shapes.Add(new PropShape("prop", PropShapeKind.Ball, [new(at.X, BallRadius, at.Z)], BallRadius));
                        break;
                    }

                case "foam-roller":
                    {
                        var (at, _) = RollerAnchor(s, targets);
                        shapes.Add(new PropShape("roller", PropShapeKind.Stroke, [new(at.X, RollerRadius, -45), new(at.X, RollerRadius, 45)], 2 * RollerRadius));
                        break;
                    }

                case "towel-roll":
                    {
                        var at = Point3.Between(s.Waist, s.Chest, 0.35);
                        shapes.Add(new PropShape("towel", PropShapeKind.Stroke, [new(at.X, TowelRollRadius, -30), new(at.X, TowelRollRadius, 30)], 2 * TowelRollRadius));
                        break;
                    }

                case "cushion":
                    {
                        var at = Point3.Between(s.Hip, s.Sacrum, 0.5);
                        shapes.Add(Box("soft", new(at.X - 17, 0, -22), new(at.X + 17, CushionHeight, 22)));
                        break;
                    }

                case "heat-pack" or "cold-pack":
                    {
                        var back = s.Pelvis.X * (-(BodyModel.TorsoWidth / 2) + 2);
                        shapes.Add(new PropShape(prop == "heat-pack" ? "heat" : "cold", PropShapeKind.Stroke, [s.Sacrum + back, s.Waist + back], 7, Front: true));
                        break;
                    }

                case "bath":
                    shapes.Add(Box("water", new(minX - 8, 0, -38), new(maxX + 8, 52, 38), front: true));
                    break;
                default:
                    break;
            }
        }

        return shapes;
    }

    /// <summary>The props that hold the body up in this pose, with the gap between each and the body.</summary>
    public static IEnumerable<Support> Supports(Pose pose, Skeleton s, IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(pose);
        ArgumentNullException.ThrowIfNull(s);
        foreach (var prop in pose.Props)
        {
            switch (prop)
            {
                case "ball":
                    yield return new(prop, 2 * BallRadius, Underside(Point3.Between(s.Sacrum, s.Waist, 0.5), BodyModel.TorsoWidth));
                    break;
                case "foam-roller":
                    {
                        var (at, width) = RollerAnchor(s, targets);
                        yield return new(prop, 2 * RollerRadius, Underside(at, width));
                        break;
                    }

                case "towel-roll":
                    yield return new(prop, 2 * TowelRollRadius, Underside(Point3.Between(s.Waist, s.Chest, 0.35), BodyModel.TorsoWidth));
                    break;
                case "cushion":
                    yield return new(prop, CushionHeight, Underside(Point3.Between(s.Hip, s.Sacrum, 0.5), BodyModel.HipsWidth));
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The seat sits just under the hips.</summary>
    private static double SeatTop(Skeleton s) => s.Hip.Y - (BodyModel.HipsWidth / 2);

    private static double Underside(Point3 at, double width) => at.Y - (width / 2);

    /// <summary>Where the roller sits: under the part the record works on.</summary>
    private static (Point3 At, double Width) RollerAnchor(Skeleton s, IReadOnlyList<string> targets) => (targets.Count > 0 ? targets[0] : null) switch
    {
        "thoracic" or "lats" => (Point3.Between(s.Waist, s.Chest, 0.5), BodyModel.TorsoWidth),
        "hamstrings" or "quadriceps" or "adductors" => (Point3.Between(s.RightLeg[0], s.RightLeg[1], 0.5), BodyModel.LegWidth),
        "calves" => (Point3.Between(s.RightLeg[1], s.RightLeg[2], 0.5), BodyModel.LegWidth),
        "glutes" or "piriformis" => (s.Hip, BodyModel.HipsWidth),
        _ => (Point3.Between(s.Sacrum, s.Waist, 0.5), BodyModel.TorsoWidth),
    };

    private static IEnumerable<PropShape> Chair(double frontX, double backX, double seat, bool withBack)
    {
        var (lo, hi) = (Math.Min(frontX, backX), Math.Max(frontX, backX));
        yield return Box("prop", new(lo, seat - 4, -22), new(hi, seat, 22));
        foreach (var x in new[] { lo + 1.5, hi - 1.5 })
        {
            foreach (var z in new[] { -20.0, 20.0 })
            {
                yield return new PropShape("leg", PropShapeKind.Stroke, [new(x, 0, z), new(x, seat - 4, z)], 3);
            }
        }

        if (withBack)
        {
            yield return Box("prop", new(backX - 1.5, seat, -22), new(backX + 1.5, seat + 45, 22));
        }
    }

    private static PropShape Box(string cls, Point3 min, Point3 max, bool front = false) =>
        new(cls, PropShapeKind.Solid,
        [
            new(min.X, min.Y, min.Z), new(max.X, min.Y, min.Z), new(min.X, max.Y, min.Z), new(max.X, max.Y, min.Z),
            new(min.X, min.Y, max.Z), new(max.X, min.Y, max.Z), new(min.X, max.Y, max.Z), new(max.X, max.Y, max.Z),
        ], 2, front);
}
