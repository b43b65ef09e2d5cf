namespace Limber.Core.Figures;

/// <summary>Where the camera stands: each record names the one that shows its movement.</summary>
public enum FigureView
{
    /// <summary>From the body's right side.</summary>
    Side,

    /// <summary>From in front of the body (the body's right on the viewer's left).</summary>
    Front,

    /// <summary>Between front and side, a little above.</summary>
    ThreeQuarter,

    /// <summary>From above and a little to the side, for rotations on the floor.</summary>
    Above,

    /// <summary>
    /// Between the side and the front, well above: for a body lying on its back, knees that roll
    /// or cross to one side are seen to go sideways while the chest stays on the floor.
    /// </summary>
    ThreeQuarterAbove,

    /// <summary>
    /// From in front and well above: for a body lying on its side with its head to the right, from
    /// above the head, so an arm that opens from one side of the body to the other sweeps across.
    /// </summary>
    FrontAbove,

    /// <summary>
    /// From in front and a little above (25°): for a standing body that turns, the shoulders and
    /// the arms swing round in front of the chest and show as a line that turns, not only as a
    /// width that shrinks.
    /// </summary>
    FrontHigh,
}

/// <summary>Three angles in degrees; what each means depends on the joint (see <see cref="Pose"/>).</summary>
public readonly record struct Turn(double A, double B, double C)
{
    public static Turn None { get; } = new(0, 0, 0);
}

/// <summary>
/// A shoulder or hip (three degrees of freedom: forward, out to the side, turned out) and the
/// elbow or knee below it (one: bend). <see cref="Point"/> points the foot (0 = at right angles
/// to the shin).
/// </summary>
public sealed record Limb(Turn Root, double Bend, double Point = 0);

/// <summary>The three spine segments, each [bend forward, bend to the right, twist to the right].</summary>
public sealed record Spine(Turn Lumbar, Turn Thoracic, Turn Neck)
{
    public static Spine Straight { get; } = new(Turn.None, Turn.None, Turn.None);
}

/// <summary>
/// One key pose as joint rotations. <see cref="Body"/> orients the pelvis in the room:
/// [lean forward, turn to the right, roll to the right]. <see cref="Tilt"/> tips the pelvis forward
/// (negative: tucks it under) without moving the rest. Limbs are the body's own right and left.
/// <see cref="Lift"/> is how far the lowest point sits above the floor (0 = resting on it).
/// </summary>
public sealed record Pose(
    string Name,
    Turn Body,
    double Tilt,
    Spine Spine,
    Limb RightArm,
    Limb LeftArm,
    Limb RightLeg,
    Limb LeftLeg,
    IReadOnlyList<string> Props,
    double Lift);

/// <summary>An exercise's figure: its camera and the key poses it moves between.</summary>
public sealed record Figure(FigureView View, IReadOnlyList<Pose> Poses);

/// <summary>The props a pose may use, drawn to scale.</summary>
public static class Props
{
    /// <summary>
    /// chair: a kitchen chair under the hips; chair-edge: a seat edge under the shoulder blades
    /// (hip thrust); bench: a two-tier sauna bench; towel-roll: a rolled towel under the back;
    /// band: a strap from hand to foot; loop-band: a loop around the knees.
    /// </summary>
    public static readonly IReadOnlyList<string> All = ["mat", "chair", "chair-edge", "bench", "wall", "ball", "foam-roller", "cushion", "towel-roll", "band", "loop-band", "heat-pack", "cold-pack", "bath"];
}
