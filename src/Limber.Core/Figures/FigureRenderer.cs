using System.Globalization;
using System.Net;
using System.Text;
using Limber.Core.Catalog;

namespace Limber.Core.Figures;

/// <summary>
/// Draws a record's figure as a self-contained SVG: a rounded figure from <see cref="BodyModel"/>,
/// the ground and props, a highlight where the stretch is felt, and SMIL animation between the key
/// poses at the exercise's tempo (a still pose when the viewer prefers reduced motion, or only the
/// still pose when asked for one: an SVG shown in an <c>img</c> does not always see that preference).
/// </summary>
public static class FigureRenderer
{
    public const double Width = 320;
    public const double Height = 200;

    /// <summary>Where the ground line sits, in SVG units from the top.</summary>
    public const double GroundY = 182;

    /// <summary>Interpolated frames between two key poses.</summary>
    private const int FramesPerMove = 6;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(CatalogRecord record, bool mirror = false, bool still = false)
    {
        ArgumentNullException.ThrowIfNull(record);
        var figure = record.Figure ?? throw new ArgumentException($"{record.Id} has no figure", nameof(record));
        var frames = Frames(figure);
        var centre = CentreOffset(figure);
        var rest = Skeleton.Place(figure.Poses[Math.Min(1, figure.Poses.Count - 1)], figure.View);
        var first = Skeleton.Place(figure.Poses[0], figure.View);
        var (moveSeconds, holdSeconds) = Tempo(record);
        var keyDuration = (figure.Poses.Count * (moveSeconds + holdSeconds)).ToString("0.##", Invariant);

        var svg = new StringBuilder(8192);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"t\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"t\">{WebUtility.HtmlEncode(record.Name)}</title>");
        svg.Append("<style>")
            .Append(".bg{fill:#fbfaf7}.ground{stroke:#8c9993;stroke-width:2}.prop{fill:#e6ebe8;stroke:#8c9993;stroke-width:2;stroke-linejoin:round}")
            .Append(".near{stroke:#24312c;fill:none;stroke-linecap:round;stroke-linejoin:round}.far{stroke:#8fa39a;fill:none;stroke-linecap:round;stroke-linejoin:round}")
            .Append(".head{fill:#24312c}.target{fill:#e4572e;opacity:.38}.band{stroke:#e4572e;stroke-width:2.5;fill:none}")
            .Append(".still{display:none}")
            .Append("@media (prefers-color-scheme:dark){.bg{fill:#111614}.ground{stroke:#6f7d77}.prop{fill:#25302b;stroke:#6f7d77}.near{stroke:#e8eeea}.far{stroke:#7d918a}.head{fill:#e8eeea}.target{fill:#ff8a65;opacity:.45}}")
            .Append("@media (prefers-reduced-motion:reduce){.moving{display:none}.still{display:inline}}")
            .Append("</style>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bg\" width=\"{Width}\" height=\"{Height}\"/>");
        if (mirror)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate({Width} 0) scale(-1 1)\">");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"ground\" x1=\"8\" y1=\"{GroundY}\" x2=\"{Width - 8}\" y2=\"{GroundY}\"/>");
        foreach (var prop in figure.Poses[0].Props)
        {
            svg.Append(Prop(prop, first, centre, figure.View));
        }

        var loopBand = figure.Poses[0].Props.Contains("loop-band");
        if (!still)
        {
            svg.Append("<g class=\"moving\">");
            AppendBody(svg, frames, centre, figure.View, keyDuration, Targets(record.Targets), loopBand);
            svg.Append("</g>");
        }

        svg.Append(still ? "<g>" : "<g class=\"still\">");
        AppendBody(svg, [rest], centre, figure.View, null, Targets(record.Targets), loopBand);
        svg.Append("</g>");
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

    /// <summary>Every skeleton of the animation: each key pose, then frames easing to the next, back to the first.</summary>
    public static IReadOnlyList<Skeleton> Frames(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var frames = new List<Skeleton>();
        for (var i = 0; i < figure.Poses.Count; i++)
        {
            var from = figure.Poses[i];
            var to = figure.Poses[(i + 1) % figure.Poses.Count];
            for (var f = 0; f < FramesPerMove; f++)
            {
                var t = f / (double)FramesPerMove;
                var eased = 0.5 - (Math.Cos(t * Math.PI) / 2);
                frames.Add(Skeleton.Place(Blend(from, to, eased), figure.View));
            }
        }

        frames.Add(frames[0]);
        return frames;
    }

    /// <summary>The horizontal shift that centres the whole animation in the view.</summary>
    public static double CentreOffset(Figure figure)
    {
        var points = Frames(figure).SelectMany(s => s.Extremes()).ToList();
        var left = points.Min(p => p.X);
        var right = points.Max(p => p.X);
        return (Width / 2) - ((left + right) / 2);
    }

    /// <summary>A pose's joints in SVG units, for bounds checks.</summary>
    public static IEnumerable<(double X, double Y)> InView(Skeleton skeleton, double centre)
    {
        ArgumentNullException.ThrowIfNull(skeleton);
        return skeleton.Extremes().Select(p => (p.X + centre, GroundY - p.Y));
    }

    private static Pose Blend(Pose a, Pose b, double t) => a with
    {
        Torso = Angle(a.Torso, b.Torso, t),
        Head = Angle(a.Head, b.Head, t),
        NearArm = Blend(a.NearArm, b.NearArm, t),
        FarArm = Blend(a.FarArm, b.FarArm, t),
        NearLeg = Blend(a.NearLeg, b.NearLeg, t),
        FarLeg = Blend(a.FarLeg, b.FarLeg, t),
        Lift = a.Lift + ((b.Lift - a.Lift) * t),
    };

    private static Limb Blend(Limb a, Limb b, double t) => new([.. a.Angles.Zip(b.Angles, (x, y) => Angle(x, y, t))]);

    /// <summary>Interpolates along the shorter way round.</summary>
    private static double Angle(double from, double to, double t)
    {
        var delta = ((to - from + 540) % 360) - 180;
        return from + (delta * t);
    }

    private static void AppendBody(StringBuilder svg, IReadOnlyList<Skeleton> frames, double centre, FigureView view, string? duration, IReadOnlyList<(Func<Skeleton, Point> At, double Rx, double Ry)> targets, bool loopBand)
    {
        var farClass = view == FigureView.Front ? "near" : "far";
        foreach (var target in targets)
        {
            Animated(svg, "ellipse", "target", frames, duration, s =>
            {
                var p = target.At(s);
                return [("cx", X(p, centre)), ("cy", Y(p))];
            }, $" rx=\"{target.Rx}\" ry=\"{target.Ry}\"");
        }

        Part(svg, farClass, BodyModel.LimbWidth, frames, s => s.FarLeg, centre, duration);
        Part(svg, farClass, BodyModel.LimbWidth, frames, s => s.FarArm, centre, duration);
        Part(svg, "near", BodyModel.TorsoWidth, frames, s => [s.Hip, s.Shoulder], centre, duration);
        Part(svg, "near", BodyModel.LimbWidth, frames, s => [s.Shoulder, s.Shoulder + Point.Polar(BodyModel.Neck, Direction(s.Shoulder, s.Head))], centre, duration);
        Animated(svg, "circle", "head", frames, duration, s => [("cx", X(s.Head, centre)), ("cy", Y(s.Head))], $" r=\"{BodyModel.HeadRadius}\"");
        Part(svg, "near", BodyModel.LimbWidth + 1, frames, s => s.NearLeg, centre, duration);
        Part(svg, "near", BodyModel.LimbWidth, frames, s => s.NearArm, centre, duration);
        if (loopBand)
        {
            // A loop band sits just above the knees and moves with them.
            Animated(svg, "ellipse", "band", frames, duration, s =>
            {
                var p = Between(s.NearLeg[0], s.NearLeg[1], 0.85);
                return [("cx", X(p, centre)), ("cy", Y(p))];
            }, " rx=\"7\" ry=\"7\"");
        }
    }

    private static void Part(StringBuilder svg, string cls, double width, IReadOnlyList<Skeleton> frames, Func<Skeleton, IReadOnlyList<Point>> points, double centre, string? duration)
    {
        string D(Skeleton s) => "M" + string.Join(" L", points(s).Select(p => $"{X(p, centre)} {Y(p)}"));
        svg.Append(CultureInfo.InvariantCulture, $"<path class=\"{cls}\" stroke-width=\"{width}\" d=\"{D(frames[0])}\">");
        if (duration is not null && frames.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<animate attributeName=\"d\" dur=\"{duration}s\" repeatCount=\"indefinite\" values=\"{string.Join(';', frames.Select(D))}\"/>");
        }

        svg.Append("</path>");
    }

    private static void Animated(StringBuilder svg, string element, string cls, IReadOnlyList<Skeleton> frames, string? duration, Func<Skeleton, (string Name, string Value)[]> attributes, string extra)
    {
        var initial = attributes(frames[0]);
        svg.Append(CultureInfo.InvariantCulture, $"<{element} class=\"{cls}\"{extra}");
        foreach (var (name, value) in initial)
        {
            svg.Append(CultureInfo.InvariantCulture, $" {name}=\"{value}\"");
        }

        svg.Append('>');
        if (duration is not null && frames.Count > 1)
        {
            for (var i = 0; i < initial.Length; i++)
            {
                var index = i;
                svg.Append(CultureInfo.InvariantCulture, $"<animate attributeName=\"{initial[i].Name}\" dur=\"{duration}s\" repeatCount=\"indefinite\" values=\"{string.Join(';', frames.Select(f => attributes(f)[index].Value))}\"/>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"</{element}>");
    }

    private static string X(Point p, double centre) => (p.X + centre).ToString("0.#", Invariant);

    private static string Y(Point p) => (GroundY - p.Y).ToString("0.#", Invariant);

    private static double Direction(Point from, Point to) => Math.Atan2(to.Y - from.Y, to.X - from.X) * 180 / Math.PI;

    private static Point Between(Point a, Point b, double t) => new(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));

    /// <summary>Where each target is felt, as a point on the body and the size of its highlight.</summary>
    private static List<(Func<Skeleton, Point> At, double Rx, double Ry)> Targets(IReadOnlyList<string> targets)
    {
        var marks = new List<(Func<Skeleton, Point>, double, double)>();
        foreach (var target in targets.Take(2))
        {
            (Func<Skeleton, Point>, double, double)? mark = target switch
            {
                "lumbar" => (s => Between(s.Hip, s.Shoulder, 0.25), 13, 13),
                "core" => (s => Between(s.Hip, s.Shoulder, 0.4), 13, 13),
                "thoracic" or "lats" => (s => Between(s.Hip, s.Shoulder, 0.72), 13, 13),
                "neck" => (s => Between(s.Shoulder, s.Head, 0.4), 9, 9),
                "glutes" or "piriformis" or "abductors" or "adductors" => (s => s.Hip, 13, 13),
                "hip-flexors" => (s => Between(s.NearLeg[0], s.NearLeg[1], 0.15), 11, 11),
                "hamstrings" or "quadriceps" => (s => Between(s.NearLeg[0], s.NearLeg[1], 0.55), 12, 12),
                "calves" => (s => Between(s.NearLeg[1], s.NearLeg[2], 0.5), 10, 10),
                _ => null,
            };
            if (mark is { } m)
            {
                marks.Add(m);
            }
        }

        return marks;
    }

    private static string Prop(string prop, Skeleton s, double centre, FigureView view)
    {
        _ = view;
        string F(double v) => v.ToString("0.#", Invariant);
        var hipX = s.Hip.X + centre;
        var feetX = s.NearLeg[^1].X + centre;
        var body = s.Extremes().ToList();
        var left = body.Min(p => p.X) + centre;
        var right = body.Max(p => p.X) + centre;
        return prop switch
        {
            "mat" => $"<rect class=\"prop\" x=\"{F(left - 10)}\" y=\"{F(GroundY - 3)}\" width=\"{F(right - left + 20)}\" height=\"4\" rx=\"2\"/>",
            "chair" => Chair(hipX, GroundY - s.Hip.Y + (BodyModel.TorsoWidth / 2), s.Shoulder.X < s.Hip.X ? -1 : 1, F),
            "chair-edge" => ChairEdge(s.Shoulder.X + centre, GroundY - s.Shoulder.Y + (BodyModel.TorsoWidth / 2), s.Hip.X < s.Shoulder.X ? -1 : 1, F),
            "wall" => $"<rect class=\"prop\" x=\"{F(Math.Max(feetX, right) + 2)}\" y=\"20\" width=\"8\" height=\"{F(GroundY - 20)}\"/>",
            "ball" => $"<circle class=\"prop\" cx=\"{F(Between(s.Hip, s.Shoulder, 0.3).X + centre)}\" cy=\"{F(GroundY - 27)}\" r=\"27\"/>",
            "foam-roller" => $"<circle class=\"prop\" cx=\"{F(Between(s.Hip, s.Shoulder, 0.6).X + centre)}\" cy=\"{F(GroundY - 8)}\" r=\"8\"/>",
            "cushion" => $"<rect class=\"prop\" x=\"{F(hipX - 16)}\" y=\"{F(GroundY - 9)}\" width=\"32\" height=\"9\" rx=\"4\"/>",
            "towel" or "band" => $"<path class=\"band\" d=\"M{F(s.NearArm[^1].X + centre)} {F(GroundY - s.NearArm[^1].Y)} L{F(s.NearLeg[^1].X + centre)} {F(GroundY - s.NearLeg[^1].Y)}\"/>",
            "heat-pack" or "cold-pack" => $"<rect class=\"prop\" x=\"{F(Between(s.Hip, s.Shoulder, 0.25).X + centre - 9)}\" y=\"{F(GroundY - Between(s.Hip, s.Shoulder, 0.25).Y - 18)}\" width=\"18\" height=\"10\" rx=\"3\"/>",
            "bath" => $"<path class=\"prop\" d=\"M{F(left - 12)} {F(GroundY - 48)} L{F(left - 6)} {F(GroundY)} L{F(right + 6)} {F(GroundY)} L{F(right + 12)} {F(GroundY - 48)}\"/>",
            _ => "",
        };
    }

    /// <summary>A seat whose front edge supports the shoulder blades, the rest of it behind the head.</summary>
    private static string ChairEdge(double shoulderX, double seatY, int towardsHips, Func<double, string> f)
    {
        var edge = shoulderX + (towardsHips * 4);
        var back = shoulderX - (towardsHips * 34);
        return $"<path class=\"prop\" d=\"M{f(edge)} {f(GroundY)} L{f(edge)} {f(seatY)} L{f(back)} {f(seatY)} L{f(back)} {f(GroundY)} M{f(back)} {f(seatY)} L{f(back)} {f(seatY - 40)}\" fill=\"none\"/>";
    }

    private static string Chair(double hipX, double seatY, int facing, Func<double, string> f)
    {
        // The seat sits under the hips; the back rises behind them, away from where the figure faces.
        var back = hipX - (facing * 20);
        var front = hipX + (facing * 18);
        return $"<path class=\"prop\" d=\"M{f(back)} {f(seatY - 48)} L{f(back)} {f(GroundY)} M{f(back)} {f(seatY)} L{f(front)} {f(seatY)} L{f(front)} {f(GroundY)}\" fill=\"none\"/>";
    }
}
