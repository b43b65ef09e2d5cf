namespace Limber.Core.Figures;

/// <summary>A point on the picture: x to the right, y up, and its depth (larger is nearer the camera).</summary>
public readonly record struct Projected(double X, double Y, double Depth);

/// <summary>An orthographic camera: the picture's right and up axes and the direction towards the camera.</summary>
public sealed record Camera(Point3 Right, Point3 Up, Point3 Towards)
{
    /// <summary>The camera each view names.</summary>
    public static Camera For(FigureView view) => view switch
    {
        FigureView.Side => Looking(azimuth: 0, elevation: 0),
        FigureView.Front => Looking(azimuth: 90, elevation: 0),
        FigureView.ThreeQuarter => Looking(azimuth: 40, elevation: 14),
        FigureView.Above => Looking(azimuth: 0, elevation: 62),
        FigureView.ThreeQuarterAbove => Looking(azimuth: 62, elevation: 34),
        FigureView.FrontAbove => Looking(azimuth: 90, elevation: 60),
        FigureView.FrontHigh => Looking(azimuth: 90, elevation: 25),
        _ => throw new ArgumentOutOfRangeException(nameof(view), view, null),
    };

    /// <summary>True when the floor shows as an area rather than a line.</summary>
    public bool SeesTheFloor => Towards.Y > 0.5;

    public Projected Project(Point3 p) => new(p.Dot(Right), p.Dot(Up), p.Dot(Towards));

    /// <summary>
    /// A camera at <paramref name="azimuth"/> degrees round from the side (+z) towards the front
    /// (+x), raised by <paramref name="elevation"/> degrees.
    /// </summary>
    private static Camera Looking(double azimuth, double elevation)
    {
        var a = azimuth * Math.PI / 180;
        var e = elevation * Math.PI / 180;
        var towards = new Point3(Math.Cos(e) * Math.Sin(a), Math.Sin(e), Math.Cos(e) * Math.Cos(a));
        var right = new Point3(0, 1, 0).Cross(towards).Unit();
        return new Camera(right, towards.Cross(right), towards);
    }
}
