using System.Globalization;
using Limber.Core.Catalog;

namespace Limber.Core.Figures;

/// <summary>Reads the <c>figure</c> block of a catalog record (format in docs/content-format.md).</summary>
internal static class FigureReader
{
    public static Figure? Read(YamlMap? map)
    {
        if (map is null)
        {
            return null;
        }

        map.AllowOnly("view", "poses");
        var view = map.Enum<FigureView>("view", "figure view");
        var poses = new List<Pose>();
        foreach (var pose in map.Maps("poses", required: true))
        {
            pose.AllowOnly("name", "body", "tilt", "spine", "arms", "legs", "props", "lift");
            var name = pose.String("name");
            var body = Angles(pose, "body", 3, "lean forward, turn right, roll right");
            var tilt = pose.Number("tilt", required: false) ?? 0;
            var spine = ReadSpine(pose.Map("spine", required: false));
            var arms = pose.Map("arms");
            var legs = pose.Map("legs");
            arms?.AllowOnly("right", "left");
            legs?.AllowOnly("right", "left");
            var rightArm = ReadLimb(arms, "right", arm: true);
            var leftArm = ReadLimb(arms, "left", arm: true);
            var rightLeg = ReadLimb(legs, "right", arm: false);
            var leftLeg = ReadLimb(legs, "left", arm: false);
            var props = pose.Codes("props", Props.All, "a prop");
            var lift = pose.Number("lift", required: false) ?? 0;
            if (name is not null && body is { } b && spine is not null && rightArm is not null && leftArm is not null && rightLeg is not null && leftLeg is not null)
            {
                poses.Add(new Pose(name, new Turn(b[0], b[1], b[2]), tilt, spine, rightArm, leftArm, rightLeg, leftLeg, props, lift));
            }
        }

        return view is null || poses.Count == 0 ? null : new Figure(view.Value, poses);
    }

    private static Spine? ReadSpine(YamlMap? map)
    {
        if (map is null)
        {
            return Spine.Straight;
        }

        map.AllowOnly("lumbar", "thoracic", "neck");
        const string Meaning = "bend forward, bend right, twist right";
        var lumbar = map.Has("lumbar") ? Angles(map, "lumbar", 3, Meaning) : [0, 0, 0];
        var thoracic = map.Has("thoracic") ? Angles(map, "thoracic", 3, Meaning) : [0, 0, 0];
        var neck = map.Has("neck") ? Angles(map, "neck", 3, Meaning) : [0, 0, 0];
        return lumbar is null || thoracic is null || neck is null
            ? null
            : new Spine(new(lumbar[0], lumbar[1], lumbar[2]), new(thoracic[0], thoracic[1], thoracic[2]), new(neck[0], neck[1], neck[2]));
    }

    /// <summary>An arm: [shoulder forward, out, turned out, elbow bend]; a leg: the same at the hip and knee, then an optional foot point.</summary>
    private static Limb? ReadLimb(YamlMap? map, string side, bool arm)
    {
        if (map is null)
        {
            return null;
        }

        var values = Numbers(map, side);
        var allowed = arm ? new[] { 4 } : [4, 5];
        if (values is null)
        {
            return null;
        }

        if (!allowed.Contains(values.Count))
        {
            map.Report(map.LineOf(side), arm
                ? $"'{map.Path(side)}' needs 4 angles (shoulder forward, out, turned out, elbow bend), got {values.Count}"
                : $"'{map.Path(side)}' needs 4 or 5 angles (hip forward, out, turned out, knee bend, and optionally foot point), got {values.Count}");
            return null;
        }

        return new Limb(new Turn(values[0], values[1], values[2]), values[3], values.Count > 4 ? values[4] : 0);
    }

    private static List<double>? Angles(YamlMap map, string key, int count, string meaning)
    {
        var values = Numbers(map, key, required: true);
        if (values is null)
        {
            return null;
        }

        if (values.Count != count)
        {
            map.Report(map.LineOf(key), $"'{map.Path(key)}' needs {count} angles ({meaning}), got {values.Count}");
            return null;
        }

        return values;
    }

    /// <summary>A list of angles in degrees, or null (with the problem reported) when one is not a number.</summary>
    private static List<double>? Numbers(YamlMap map, string key, bool required = true)
    {
        var values = map.Strings(key, required);
        var numbers = new List<double>();
        var ok = true;
        foreach (var (value, line) in values)
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var angle))
            {
                numbers.Add(angle);
            }
            else
            {
                map.Report(line, $"'{map.Path(key)}': '{value}' is not an angle in degrees");
                ok = false;
            }
        }

        return ok && values.Count > 0 ? numbers : null;
    }
}
