namespace Limber.Core.Figures;

/// <summary>Which way the figure is seen.</summary>
public enum FigureView
{
    Side,
    Front,
}

/// <summary>
/// One limb as absolute segment directions in degrees (0 = pointing right, 90 = up, 180 = left,
/// -90 = down): an arm is [upper arm, forearm], a leg is [thigh, shin, foot].
/// </summary>
public sealed record Limb(IReadOnlyList<double> Angles);

/// <summary>
/// One key pose: the direction of the trunk (hip to shoulder), of the head (shoulder to head), and
/// of every limb segment; the props it touches; and how far the lowest point sits above the ground
/// (0 = resting on it).
/// </summary>
public sealed record Pose(
    string Name,
    double Torso,
    double Head,
    Limb NearArm,
    Limb FarArm,
    Limb NearLeg,
    Limb FarLeg,
    IReadOnlyList<string> Props,
    double Lift);

/// <summary>An exercise's figure: its view and two or more key poses it moves between.</summary>
public sealed record Figure(FigureView View, IReadOnlyList<Pose> Poses);

/// <summary>The props a pose may touch.</summary>
public static class Props
{
    /// <summary>
    /// chair: a seat under the hips; chair-edge: a seat edge under the shoulders (hip thrust);
    /// band: a strap from hand to foot; loop-band: a loop around the knees.
    /// </summary>
    public static readonly IReadOnlyList<string> All = ["mat", "chair", "chair-edge", "wall", "ball", "foam-roller", "cushion", "towel", "band", "loop-band", "heat-pack", "cold-pack", "bath"];
}
