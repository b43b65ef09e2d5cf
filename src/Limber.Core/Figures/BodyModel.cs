namespace Limber.Core.Figures;

/// <summary>
/// The one set of body proportions every figure uses, in view units (a standing figure is about
/// 160 units tall), so limb lengths can never change between poses.
/// </summary>
public static class BodyModel
{
    public const double Torso = 52;
    public const double Neck = 7;
    public const double HeadRadius = 11;
    public const double UpperArm = 29;
    public const double Forearm = 27;
    public const double Thigh = 42;
    public const double Shin = 40;
    public const double Foot = 13;

    /// <summary>Half the shoulder and hip widths, used by the front view.</summary>
    public const double ShoulderHalfWidth = 15;
    public const double HipHalfWidth = 10;

    /// <summary>Stroke widths: limbs are drawn as thick rounded lines.</summary>
    public const double TorsoWidth = 17;
    public const double LimbWidth = 9;

    public static IReadOnlyList<double> ArmLengths { get; } = [UpperArm, Forearm];

    public static IReadOnlyList<double> LegLengths { get; } = [Thigh, Shin, Foot];
}
