using System.Globalization;
using System.Net;
using System.Text;
using Limber.Core.Catalog;

namespace Limber.Core.Figures;

/// <summary>
/// Draws a record's figure as a self-contained SVG: the 3D pose seen through the record's camera,
/// the body as filled rounded shapes painted far to near (far limbs lighter), the target area
/// highlighted on the body, an arrow for the movement, props to scale, and SMIL animation easing
/// between the key poses at the exercise's tempo (the key end pose, still, under reduced motion, or only that still pose when asked for one: an SVG shown in an <c>img</c> does not always see that preference).
/// </summary>
public static class FigureRenderer
{
    public const double Width = 320;
    public const double Height = 200;

    /// <summary>Space kept clear round the whole animation, in SVG units.</summary>
    public const double Margin = 4;

    /// <summary>Eased frames drawn between two key poses (besides the key poses themselves).</summary>
    private const int InBetweens = 3;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string Style = string.Concat(
        ".bg{fill:#fbfaf7}.ground{stroke:#8c9993;stroke-width:2}",
        ".prop,.mat,.wood,.slat,.soft,.water,.roller,.towel,.leg{stroke-linejoin:round;stroke-linecap:round}",
        ".prop{fill:#e3e8e5;stroke:#7f8d87}.leg{stroke:#7f8d87}.mat{fill:#d5dfda;stroke:#aebbb4}.wood{fill:#e2c391;stroke:#9c7a4a}.slat{stroke:#b8945f}",
        ".soft{fill:#8dbbd8;stroke:#3f7aa0}.water{fill:#bcd9e8;fill-opacity:.8;stroke:#6f98ad}.roller{stroke:#3f7aa0}.towel{stroke:#c9a46a}",
        ".heat{stroke:#ef8a3c}.cold{stroke:#5aa9dd}",
        "path.b{fill:none;stroke-linecap:round;stroke-linejoin:round}.n{stroke:#22302a}.f{stroke:#a3b6ad}.t{stroke:#557567}",
        ".x{stroke:#e4572e;stroke-opacity:.9}.loop{stroke:#e4572e;stroke-opacity:.55}.band{stroke:#e4572e;stroke-width:2.5}",
        ".arrow{fill:none;stroke:#e4572e;stroke-width:3;stroke-linecap:round}.ah{fill:#e4572e}.still{display:none}",
        "@media (prefers-color-scheme:dark){.bg{fill:#111614}.ground{stroke:#6f7d77}.prop{fill:#25302b;stroke:#6f7d77}.mat{fill:#1d2723;stroke:#3b4843}",
        ".n{stroke:#e8eeea}.f{stroke:#5f726a}.t{stroke:#a6c0b4}.x{stroke:#ff8a65}}",
        "@media (prefers-reduced-motion:reduce){.moving{display:none}.still{display:inline}}");

    public static string Render(CatalogRecord record, bool mirror = false, bool still = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        var figure = record.Figure ?? throw new ArgumentException($"{record.Id} has no figure", nameof(record));
        return Draw(record, figure, mirror, still ? EndPose(figure) : null);
    }

    /// <summary>
    /// One key pose alone and still (0 is the start, 1 the key end pose), in the same frame as the
    /// animation so two poses side by side line up: for the printed sheet, where nothing moves.
    /// </summary>
    public static string RenderPose(CatalogRecord record, int pose, bool mirror = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        var figure = record.Figure ?? throw new ArgumentException($"{record.Id} has no figure", nameof(record));
        ArgumentOutOfRangeException.ThrowIfNegative(pose);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(pose, figure.Poses.Count);
        return Draw(record, figure, mirror, pose);
    }

    /// <summary>The key end pose: the one shown still under reduced motion.</summary>
    public static int EndPose(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return Math.Min(1, figure.Poses.Count - 1);
    }

    /// <summary>The animated figure (its reduced-motion pose the key end pose), or only the key pose <paramref name="stillPose"/>.</summary>
    private static string Draw(CatalogRecord record, Figure figure, bool mirror, int? stillPose)
    {
        var still = stillPose is not null;
        var (move, hold) = Tempo(record);
        var timeline = Timeline(figure, move, hold);
        var framing = Framing.For(figure, record.Targets);
        var endIndex = stillPose ?? EndPose(figure);
        var keys = KeyPoses(figure);
        var end = keys[endIndex];
        var props = Scenery.Shapes(figure.Poses[endIndex], end, record.Targets, Room.Of(timeline.Select(t => t.Skeleton).ToList()));
        var shapes = Painted(BodyShapes(record, figure.Poses[0].Props), timeline.Select(t => t.Skeleton).ToList(), framing.Camera);
        var duration = timeline[^1].Time;

        var svg = new StringBuilder(12000);
        svg.Append(Invariant, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"t\">");
        svg.Append(Invariant, $"<title id=\"t\">{WebUtility.HtmlEncode(record.Name)}</title><style>{Style}</style>");
        svg.Append(Invariant, $"<rect class=\"bg\" width=\"{Width}\" height=\"{Height}\"/>");
        if (mirror)
        {
            svg.Append(Invariant, $"<g transform=\"translate({Width} 0) scale(-1 1)\">");
        }

        if (!framing.Camera.SeesTheFloor)
        {
            // Under the first pose's feet or hips, so every still pose of a figure draws the floor alike.
            var under = StandsOnItsFeet(figure) ? Feet(keys[0]) : keys[0].Hip;
            var floor = framing.ToScreen(new Point3(under.X, 0, under.Z));
            svg.Append(Invariant, $"<line class=\"ground\" x1=\"0\" y1=\"{F(floor.Y)}\" x2=\"{Width}\" y2=\"{F(floor.Y)}\"/>");
        }

        foreach (var prop in props.Where(p => !p.Front))
        {
            AppendProp(svg, prop, framing);
        }

        if (!still)
        {
            svg.Append("<g class=\"moving\">");
            var keyTimes = string.Join(';', timeline.Select(t => F3(t.Time / duration)));
            foreach (var shape in shapes)
            {
                AppendShape(svg, shape, timeline.Select(t => t.Skeleton).ToList(), framing, duration, keyTimes);
            }

            svg.Append("</g>");
        }

        svg.Append(still ? "<g>" : "<g class=\"still\">");
        foreach (var shape in shapes)
        {
            AppendShape(svg, shape, [end], framing, null, null);
        }

        svg.Append("</g>");
        foreach (var prop in props.Where(p => p.Front))
        {
            AppendProp(svg, prop, framing);
        }

        AppendArrow(svg, figure, framing);
        if (mirror)
        {
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>How long a move between key poses takes and how long each key pose is held, from the dose.</summary>
    public static (double Move, double Hold) Tempo(CatalogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var dose = record.Dose;
        var move = Math.Clamp(dose.SecondsPerRep / 2.0, 1, 4);
        var hold = dose.HoldSeconds.Max > 0 && record.Kind != RecordKind.Thermal ? Math.Min(dose.HoldSeconds.Min, 4) : 0.3;
        return (move, hold);
    }

    /// <summary>Every skeleton the animation passes through: each key pose, then eased frames to the next, back to the first.</summary>
    public static IReadOnlyList<Skeleton> Frames(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return [.. Timeline(figure, 1, 0).Select(t => t.Skeleton)];
    }

    /// <summary>
    /// The animation as skeletons at times in seconds: each key pose held still for
    /// <paramref name="hold"/>, then eased (slow, fast, slow) to the next over <paramref name="move"/>.
    /// </summary>
    public static IReadOnlyList<(Skeleton Skeleton, double Time)> Timeline(Figure figure, double move, double hold)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var frames = new List<(Skeleton, double)>();
        var keys = KeyPoses(figure);
        var stands = StandsOnItsFeet(figure);
        var time = 0.0;
        for (var i = 0; i < figure.Poses.Count; i++)
        {
            var from = figure.Poses[i];
            var to = figure.Poses[(i + 1) % figure.Poses.Count];
            var key = keys[i];
            frames.Add((key, time));
            if (hold > 0)
            {
                time += hold;
                frames.Add((key, time));
            }

            if (figure.Poses.Count == 1)
            {
                break;
            }

            for (var f = 1; f <= InBetweens; f++)
            {
                var u = f / (double)(InBetweens + 1);
                var eased = 0.5 - (Math.Cos(u * Math.PI) / 2);
                frames.Add((Planted(stands, Skeleton.Place(Blend(from, to, eased)), keys[0]), time + (move * u)));
            }

            time += move;
        }

        frames.Add((frames[0].Item1, time));
        return frames;
    }

    /// <summary>
    /// The key poses placed in the room. A figure that stands on its feet in every key pose keeps
    /// its feet where they are: each pose is slid across the floor so the point between the feet
    /// stays where it is in the first pose, and the hips are seen to move over still feet.
    /// </summary>
    public static IReadOnlyList<Skeleton> KeyPoses(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var placed = figure.Poses.Select(Skeleton.Place).ToList();
        var stands = StandsOnItsFeet(figure);
        return [.. placed.Select(s => Planted(stands, s, placed[0]))];
    }

    /// <summary>
    /// True when in every key pose both feet are on the floor, nothing else is near it and no prop
    /// bears the body's weight (a chair, a bench, a ball, a roller, a cushion: those are placed
    /// from the body, so the body keeps its place over them).
    /// </summary>
    public static bool StandsOnItsFeet(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Poses.All(p => !p.Props.Any(Supports.Contains) && StandsOnItsFeet(Skeleton.Place(p)));
    }

    private static readonly HashSet<string> Supports = ["chair", "chair-edge", "bench", "ball", "foam-roller", "cushion", "towel-roll", "bath"];

    private static bool StandsOnItsFeet(Skeleton s)
    {
        const double OnTheFloor = 3;
        const double Clear = 20;
        static double Sole(IReadOnlyList<Point3> leg) => Math.Min(leg[3].Y, leg[4].Y) - (BodyModel.FootWidth / 2);
        var rest = new[] { s.Hip, s.Sacrum, s.Waist, s.Chest, s.Head, s.RightLeg[1], s.LeftLeg[1] }.Concat(s.RightArm).Concat(s.LeftArm);
        return Sole(s.RightLeg) < OnTheFloor && Sole(s.LeftLeg) < OnTheFloor && rest.All(p => p.Y > Clear);
    }

    /// <summary>The skeleton slid across the floor so its feet are where <paramref name="first"/>'s are, when the figure <paramref name="stands"/> on its feet.</summary>
    private static Skeleton Planted(bool stands, Skeleton skeleton, Skeleton first)
    {
        if (!stands)
        {
            return skeleton;
        }

        var by = Feet(first) - Feet(skeleton);
        return skeleton.Shift(new(by.X, 0, by.Z));
    }

    /// <summary>The point between the heels and toes of both feet.</summary>
    private static Point3 Feet(Skeleton s) => (s.RightLeg[3] + s.RightLeg[4] + s.LeftLeg[3] + s.LeftLeg[4]) * 0.25;

    /// <summary>A blend of two poses, joint angle by joint angle; the floor contact is worked out again.</summary>
    public static Pose Blend(Pose a, Pose b, double t)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with
        {
            Body = Blend(a.Body, b.Body, t),
            Tilt = Lerp(a.Tilt, b.Tilt, t),
            Spine = new(Blend(a.Spine.Lumbar, b.Spine.Lumbar, t), Blend(a.Spine.Thoracic, b.Spine.Thoracic, t), Blend(a.Spine.Neck, b.Spine.Neck, t)),
            RightArm = Blend(a.RightArm, b.RightArm, t),
            LeftArm = Blend(a.LeftArm, b.LeftArm, t),
            RightLeg = Blend(a.RightLeg, b.RightLeg, t),
            LeftLeg = Blend(a.LeftLeg, b.LeftLeg, t),
            Lift = Lerp(a.Lift, b.Lift, t),
        };
    }

    /// <summary>The parts of the body in the order they are painted, far to near, each with its tone.</summary>
    public static IReadOnlyList<BodyShape> PaintOrder(CatalogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var figure = record.Figure ?? throw new ArgumentException($"{record.Id} has no figure", nameof(record));
        return Painted(BodyShapes(record, figure.Poses[0].Props), Frames(figure), Camera.For(figure.View));
    }

    private static Turn Blend(Turn a, Turn b, double t) => new(Lerp(a.A, b.A, t), Lerp(a.B, b.B, t), Lerp(a.C, b.C, t));

    private static Limb Blend(Limb a, Limb b, double t) => new(Blend(a.Root, b.Root, t), Lerp(a.Bend, b.Bend, t), Lerp(a.Point, b.Point, t));

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);

    private static readonly Func<Skeleton, Point3> Midline = _ => default;

    /// <summary>A shoulder relative to the point between the shoulders: across the body only, so a trunk leaning towards or away from the camera does not make both arms look far.</summary>
    private static readonly Func<Skeleton, Point3> RightShoulder = s => s.RightArm[0] - Point3.Between(s.LeftArm[0], s.RightArm[0], 0.5);

    private static readonly Func<Skeleton, Point3> LeftShoulder = s => s.LeftArm[0] - Point3.Between(s.LeftArm[0], s.RightArm[0], 0.5);

    /// <summary>Every drawn part of the body, in a fixed order (ties in depth keep it).</summary>
    private static List<BodyShape> BodyShapes(CatalogRecord record, IReadOnlyList<string> props)
    {
        var shapes = new List<BodyShape>
        {
            new("left leg", BodyTone.Limb, BodyModel.LegWidth, s => s.LeftLeg.Take(3).ToList(), s => s.LeftLeg[0] - s.Hip),
            new("left foot", BodyTone.Limb, BodyModel.FootWidth, s => [s.LeftLeg[3], s.LeftLeg[4]], s => s.LeftLeg[0] - s.Hip),
            new("right leg", BodyTone.Limb, BodyModel.LegWidth, s => s.RightLeg.Take(3).ToList(), s => s.RightLeg[0] - s.Hip),
            new("right foot", BodyTone.Limb, BodyModel.FootWidth, s => [s.RightLeg[3], s.RightLeg[4]], s => s.RightLeg[0] - s.Hip),
            new("hips", BodyTone.Torso, BodyModel.HipsWidth, s => [s.LeftLeg[0], s.RightLeg[0]], Midline),
            new("torso", BodyTone.Torso, BodyModel.TorsoWidth, s => [s.Sacrum, s.Waist, s.Chest], Midline),
            new("shoulders", BodyTone.Torso, BodyModel.ShouldersWidth, s => [s.LeftArm[0], s.RightArm[0]], Midline),
            new("neck", BodyTone.Torso, BodyModel.NeckWidth, s => [s.Chest, Point3.Between(s.Chest, s.Head, 0.6)], Midline),
            new("head", BodyTone.Head, 2 * BodyModel.HeadRadius, s => [s.Head, s.Head], Midline),
            new("face", BodyTone.Head, 7, s => [s.Face, s.Face], Midline),
            new("left arm", BodyTone.Limb, BodyModel.ArmWidth, s => s.LeftArm.Take(3).ToList(), LeftShoulder),
            new("left hand", BodyTone.Limb, BodyModel.HandWidth, s => [s.LeftArm[3], s.LeftArm[3]], LeftShoulder),
            new("right arm", BodyTone.Limb, BodyModel.ArmWidth, s => s.RightArm.Take(3).ToList(), RightShoulder),
            new("right hand", BodyTone.Limb, BodyModel.HandWidth, s => [s.RightArm[3], s.RightArm[3]], RightShoulder),
        };
        foreach (var target in record.Targets.Take(2))
        {
            if (Highlight(target) is { } mark && shapes.TrueForAll(s => s.Part != mark.Part))
            {
                shapes.Add(mark);
            }
        }

        if (props.Contains("loop-band"))
        {
            shapes.Add(new("loop band", BodyTone.Loop, 17, s => [Point3.Between(s.LeftLeg[0], s.LeftLeg[1], 0.85), Point3.Between(s.RightLeg[0], s.RightLeg[1], 0.85)], s => s.RightLeg[0] - s.Hip, "right leg"));
        }

        if (props.Contains("band"))
        {
            shapes.Add(new("band", BodyTone.Band, 2.5, s => [s.RightArm[3], s.RightLeg[4]], RightShoulder, "right arm"));
        }

        return shapes;
    }

    /// <summary>The target drawn on the body: over the part it belongs to, on the body's right.</summary>
    private static BodyShape? Highlight(string target) => target switch
    {
        "lumbar" => new("lumbar", BodyTone.Target, 16, s => [s.Sacrum, s.Waist], Midline, "torso"),
        "core" => new("core", BodyTone.Target, 16, s => [s.Sacrum, Point3.Between(s.Waist, s.Chest, 0.35)], Midline, "torso"),
        "thoracic" or "lats" => new("thoracic", BodyTone.Target, 16, s => [Point3.Between(s.Waist, s.Chest, 0.1), Point3.Between(s.Waist, s.Chest, 0.85)], Midline, "torso"),
        "neck" => new("neck", BodyTone.Target, 7, s => [s.Chest, Point3.Between(s.Chest, s.Head, 0.55)], Midline, "neck"),
        "glutes" or "piriformis" or "abductors" => new("buttock", BodyTone.Target, 14, s => [s.RightLeg[0] + s.Pelvis.Apply(new(-5, 1, 2)), s.RightLeg[0] + s.Pelvis.Apply(new(-5, 1, 2))], s => s.RightLeg[0] - s.Hip, "right leg"),
        "adductors" => new("inner thigh", BodyTone.Target, 8, s => [Point3.Between(s.RightLeg[0], s.RightLeg[1], 0.15), Point3.Between(s.RightLeg[0], s.RightLeg[1], 0.75)], s => s.RightLeg[0] - s.Hip, "right leg"),
        "hip-flexors" => new("front of the hip", BodyTone.Target, 9, s => [s.RightLeg[0], Point3.Between(s.RightLeg[0], s.RightLeg[1], 0.45)], s => s.RightLeg[0] - s.Hip, "right leg"),
        "hamstrings" or "quadriceps" => new("thigh", BodyTone.Target, 9, s => [Point3.Between(s.RightLeg[0], s.RightLeg[1], 0.15), Point3.Between(s.RightLeg[0], s.RightLeg[1], 0.85)], s => s.RightLeg[0] - s.Hip, "right leg"),
        "calves" => new("calf", BodyTone.Target, 8, s => [Point3.Between(s.RightLeg[1], s.RightLeg[2], 0.15), Point3.Between(s.RightLeg[1], s.RightLeg[2], 0.7)], s => s.RightLeg[0] - s.Hip, "right leg"),
        _ => null,
    };

    /// <summary>
    /// Sorts the parts far to near by their depth through the animation and gives each limb its
    /// tone: a limb whose shoulder or hip is on the far side of the body's midline is drawn lighter.
    /// Marks go straight over their part.
    /// </summary>
    private static List<BodyShape> Painted(List<BodyShape> shapes, IReadOnlyList<Skeleton> frames, Camera camera)
    {
        double Depth(BodyShape shape) => frames.Average(f => shape.Points(f).Average(p => camera.Project(p).Depth));
        double Side(BodyShape shape) => frames.Average(f => shape.Side(f).Dot(camera.Towards));
        var depths = shapes.ToDictionary(s => s.Part, Depth);
        var order = shapes.Select((s, i) => (s.Part, i)).ToDictionary(p => p.Part, p => p.i);
        var placed = new List<(BodyShape Shape, double Depth, double Order)>();
        for (var i = 0; i < shapes.Count; i++)
        {
            var shape = shapes[i];
            if (shape.Over is { } over)
            {
                placed.Add((shape, depths[over], order[over] + 0.5));
                continue;
            }

            var far = shape.Tone == BodyTone.Limb && Side(shape) < -2;
            placed.Add((far ? shape with { Tone = BodyTone.FarLimb } : shape, depths[shape.Part], i));
        }

        return [.. placed.OrderBy(p => Math.Round(p.Depth, 1)).ThenBy(p => p.Order).Select(p => p.Shape)];
    }

    private static void AppendShape(StringBuilder svg, BodyShape shape, List<Skeleton> frames, Framing framing, double? duration, string? keyTimes)
    {
        string D(Skeleton s)
        {
            var points = shape.Points(s).Select(framing.ToScreen).ToList();
            return "M" + string.Join("L", points.Select(p => $"{F(p.X)} {F(p.Y)}"));
        }

        var cls = shape.Tone switch
        {
            BodyTone.Limb or BodyTone.Head => "b n",
            BodyTone.FarLimb => "b f",
            BodyTone.Torso => "b t",
            BodyTone.Target => "b x",
            BodyTone.Loop => "b loop",
            _ => "b band",
        };
        svg.Append(Invariant, $"<path class=\"{cls}\" stroke-width=\"{F(shape.Width * framing.Scale)}\" d=\"{D(frames[0])}\">");
        if (duration is { } seconds && frames.Count > 1)
        {
            svg.Append(Invariant, $"<animate attributeName=\"d\" dur=\"{F(seconds)}s\" repeatCount=\"indefinite\" keyTimes=\"{keyTimes}\" values=\"{string.Join(';', frames.Select(D))}\"/>");
        }

        svg.Append("</path>");
    }

    private static void AppendProp(StringBuilder svg, PropShape prop, Framing framing)
    {
        var points = prop.Points.Select(framing.ToScreen).ToList();
        switch (prop.Kind)
        {
            case PropShapeKind.Ball:
                svg.Append(Invariant, $"<circle class=\"{prop.Class}\" stroke-width=\"2\" cx=\"{F(points[0].X)}\" cy=\"{F(points[0].Y)}\" r=\"{F(prop.Width * framing.Scale)}\"/>");
                break;
            case PropShapeKind.Stroke:
                svg.Append(Invariant, $"<path class=\"{prop.Class}\" fill=\"none\" stroke-width=\"{F(prop.Width * framing.Scale)}\" d=\"M{string.Join("L", points.Select(p => $"{F(p.X)} {F(p.Y)}"))}\"/>");
                break;
            default:
                var hull = Hull(points);
                svg.Append(Invariant, $"<path class=\"{prop.Class}\" stroke-width=\"{F(prop.Width)}\" d=\"M{string.Join("L", hull.Select(p => $"{F(p.X)} {F(p.Y)}"))}Z\"/>");
                break;
        }
    }

    /// <summary>An arrow beside the part that moves most between the first two key poses, from where it starts to where it ends.</summary>
    private static void AppendArrow(StringBuilder svg, Figure figure, Framing framing)
    {
        if (figure.Poses.Count < 2)
        {
            return;
        }

        var keys = KeyPoses(figure);
        var (a, b) = (keys[0], keys[1]);
        var (from, to) = Movers(a).Zip(Movers(b))
            .Select(pair => (From: framing.ToScreen(pair.First), To: framing.ToScreen(pair.Second)))
            .MaxBy(pair => Distance(pair.From, pair.To));
        var length = Distance(from, to);
        if (length < 10)
        {
            return;
        }

        var centre = framing.ToScreen(a.Hip);
        var (dx, dy) = ((to.X - from.X) / length, (to.Y - from.Y) / length);
        var (nx, ny) = (-dy, dx);
        var mid = ((from.X + to.X) / 2, (from.Y + to.Y) / 2);
        if ((((mid.Item1 - centre.X) * nx) + ((mid.Item2 - centre.Y) * ny)) < 0)
        {
            (nx, ny) = (-nx, -ny);
        }

        const double Offset = 16;
        var bulge = Offset + (length * 0.25);
        static bool Inside((double X, double Y) p) => p.X > 6 && p.X < Width - 6 && p.Y > 6 && p.Y < Height - 6;
        (double X, double Y) At(Projected p, double side, double along, double away) => (p.X + (side * nx * away) + (dx * along), p.Y + (side * ny * away) + (dy * along));
        var side = 1.0;
        if (!Inside(At(from, 1, 4, Offset)) || !Inside(At(to, 1, -4, Offset)) || !Inside((mid.Item1 + (nx * bulge), mid.Item2 + (ny * bulge))))
        {
            side = -1;
        }

        var start = At(from, side, 4, Offset);
        var end = At(to, side, -4, Offset);
        var control = (X: mid.Item1 + (side * nx * bulge), Y: mid.Item2 + (side * ny * bulge));
        var (tx, ty) = (end.X - control.X, end.Y - control.Y);
        var t = Math.Sqrt((tx * tx) + (ty * ty));
        (tx, ty) = (tx / t, ty / t);
        var tip = (X: end.X + (tx * 6), Y: end.Y + (ty * 6));
        var left = (X: end.X - (ty * 5), Y: end.Y + (tx * 5));
        var right = (X: end.X + (ty * 5), Y: end.Y - (tx * 5));
        svg.Append(Invariant, $"<path class=\"arrow\" d=\"M{F(start.X)} {F(start.Y)}Q{F(control.X)} {F(control.Y)} {F(end.X)} {F(end.Y)}\"/>");
        svg.Append(Invariant, $"<path class=\"ah\" d=\"M{F(tip.X)} {F(tip.Y)}L{F(left.X)} {F(left.Y)}L{F(right.X)} {F(right.Y)}Z\"/>");
    }

    private static IEnumerable<Point3> Movers(Skeleton s) =>
        [s.Head, s.Chest, s.Waist, s.Hip, s.RightArm[1], s.LeftArm[1], s.RightArm[3], s.LeftArm[3], s.RightLeg[1], s.LeftLeg[1], s.RightLeg[4], s.LeftLeg[4]];

    private static double Distance(Projected a, Projected b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    /// <summary>The outline of a box's corners on the picture (Andrew's monotone chain).</summary>
    private static List<Projected> Hull(List<Projected> points)
    {
        var sorted = points.OrderBy(p => p.X).ThenBy(p => p.Y).ToList();
        var hull = new List<Projected>();
        for (var pass = 0; pass < 2; pass++)
        {
            var start = hull.Count;
            foreach (var p in sorted)
            {
                while (hull.Count >= start + 2 && Cross(hull[^2], hull[^1], p) <= 0)
                {
                    hull.RemoveAt(hull.Count - 1);
                }

                hull.Add(p);
            }

            hull.RemoveAt(hull.Count - 1);
            sorted.Reverse();
        }

        return hull;
    }

    private static double Cross(Projected o, Projected a, Projected b) => ((a.X - o.X) * (b.Y - o.Y)) - ((a.Y - o.Y) * (b.X - o.X));

    private static string F(double v) => v.ToString("0.#", Invariant);

    private static string F3(double v) => v.ToString("0.###", Invariant);
}

/// <summary>How a body part is toned: limbs near the camera dark, far limbs light, the torso between.</summary>
public enum BodyTone
{
    Limb,
    FarLimb,
    Torso,
    Head,
    Target,
    Loop,
    Band,
}

/// <summary>
/// One drawn part: a rounded stroke of <see cref="Width"/> cm through its points. <see cref="Side"/>
/// is where it joins the body relative to the midline (to tell near limbs from far);
/// <see cref="Over"/> names the part a mark is drawn on.
/// </summary>
public sealed record BodyShape(string Part, BodyTone Tone, double Width, Func<Skeleton, IReadOnlyList<Point3>> Points, Func<Skeleton, Point3> Side, string? Over = null);

/// <summary>
/// The frame of one figure, chosen once: the scale and offset that fit the whole animation and its
/// props inside the 320 × 200 view.
/// </summary>
public sealed record Framing(Camera Camera, double Scale, double OffsetX, double OffsetY)
{
    public static Framing For(Figure figure, IReadOnlyList<string> targets)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(targets);
        var camera = Camera.For(figure.View);
        var frames = FigureRenderer.Frames(figure);
        var room = Room.Of(frames);
        var extents = frames.SelectMany(f => f.Outline()).Select(o => Box(camera.Project(o.At), o.Radius)).ToList();
        foreach (var (pose, skeleton) in figure.Poses.Zip(FigureRenderer.KeyPoses(figure)))
        {
            foreach (var prop in Scenery.Shapes(pose, skeleton, targets, room).Where(p => p.Class != "mat"))
            {
                extents.AddRange(prop.Points.Select(p => Box(camera.Project(p), prop.Kind == PropShapeKind.Solid ? 1 : prop.Width / (prop.Kind == PropShapeKind.Ball ? 1 : 2))));
            }
        }

        var left = extents.Min(e => e.Left);
        var right = extents.Max(e => e.Right);
        var bottom = extents.Min(e => e.Bottom);
        var top = extents.Max(e => e.Top);
        var scale = Math.Min((FigureRenderer.Width - (2 * FigureRenderer.Margin)) / (right - left), (FigureRenderer.Height - (2 * FigureRenderer.Margin)) / (top - bottom));
        var offsetX = (FigureRenderer.Width / 2) - (scale * (left + right) / 2);
        var offsetY = (FigureRenderer.Height / 2) + (scale * (top + bottom) / 2);
        return new Framing(camera, scale, offsetX, offsetY);
    }

    /// <summary>A point in the room on the SVG (y down).</summary>
    public Projected ToScreen(Point3 p)
    {
        var projected = Camera.Project(p);
        return new Projected(OffsetX + (Scale * projected.X), OffsetY - (Scale * projected.Y), projected.Depth);
    }

    /// <summary>How much of the frame's width and height the body fills in one pose.</summary>
    public (double Width, double Height) Fill(Skeleton skeleton)
    {
        ArgumentNullException.ThrowIfNull(skeleton);
        var boxes = skeleton.Outline().Select(o => Box(Camera.Project(o.At), o.Radius)).ToList();
        return (Scale * (boxes.Max(b => b.Right) - boxes.Min(b => b.Left)) / FigureRenderer.Width,
            Scale * (boxes.Max(b => b.Top) - boxes.Min(b => b.Bottom)) / FigureRenderer.Height);
    }

    private static (double Left, double Right, double Bottom, double Top) Box(Projected p, double radius) =>
        (p.X - radius, p.X + radius, p.Y - radius, p.Y + radius);
}
