namespace Limber.Core.Figures;

/// <summary>
/// The one body every figure uses, in centimetres: a person 174.5 cm tall whose hip joints sit at
/// 92 cm, so the legs are about half of standing height (adult proportions after Drillis and
/// Contini). Lengths never change between poses, frames or views.
/// </summary>
public static class BodyModel
{
    /// <summary>Hip-joint centre to the top of the sacrum.</summary>
    public const double Pelvis = 10;

    /// <summary>The lumbar spine, sacrum to the bottom of the rib cage.</summary>
    public const double Lumbar = 14;

    /// <summary>The thoracic spine, to the base of the neck at shoulder height.</summary>
    public const double Thoracic = 26;

    /// <summary>Base of the neck to the centre of the head.</summary>
    public const double Neck = 21;

    public const double HeadRadius = 11.5;

    /// <summary>Half the distance between the shoulder joints, and how far below the neck base they sit.</summary>
    public const double ShoulderHalfWidth = 18;
    public const double ShoulderDrop = 4;

    /// <summary>Half the distance between the hip joints.</summary>
    public const double HipHalfWidth = 9;

    public const double UpperArm = 32;
    public const double Forearm = 25;

    /// <summary>Wrist to the middle of the hand.</summary>
    public const double Hand = 4;

    public const double Thigh = 42;
    public const double Shin = 42;

    /// <summary>The sole sits this far below the ankle joint; the heel is behind it, the toes in front.</summary>
    public const double AnkleHeight = 8;
    public const double Heel = 4;
    public const double Toe = 17;

    /// <summary>Drawn thickness of each part (the shapes are rounded strokes of this width).</summary>
    public const double TorsoWidth = 25;
    public const double HipsWidth = 24;
    public const double ShouldersWidth = 15;
    public const double NeckWidth = 10;
    public const double ArmWidth = 9;
    public const double HandWidth = 10;
    public const double LegWidth = 13;
    public const double FootWidth = 8;

    /// <summary>Standing height: hip height plus the spine, neck and the top of the head.</summary>
    public static double StandingHeight => Thigh + Shin + AnkleHeight + Pelvis + Lumbar + Thoracic + Neck + HeadRadius;
}
