namespace Limber.Core.Figures;

/// <summary>
/// A point or direction in centimetres. World axes: x forward (to the right in the side view),
/// y up from the floor, z towards the side camera (the body's right side when it faces +x).
/// </summary>
public readonly record struct Point3(double X, double Y, double Z)
{
    public static Point3 operator +(Point3 a, Point3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

    public static Point3 operator -(Point3 a, Point3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

    public static Point3 operator *(Point3 a, double k) => new(a.X * k, a.Y * k, a.Z * k);

    public double Length => Math.Sqrt((X * X) + (Y * Y) + (Z * Z));

    public double Dot(Point3 other) => (X * other.X) + (Y * other.Y) + (Z * other.Z);

    public Point3 Cross(Point3 o) => new((Y * o.Z) - (Z * o.Y), (Z * o.X) - (X * o.Z), (X * o.Y) - (Y * o.X));

    public Point3 Unit() => this * (1 / Length);

    public double DistanceTo(Point3 other) => (this - other).Length;

    public static Point3 Between(Point3 a, Point3 b, double t) => a + ((b - a) * t);
}

/// <summary>A rotation as a 3×3 matrix whose columns are the rotated x, y and z axes.</summary>
public readonly record struct Rotation(Point3 X, Point3 Y, Point3 Z)
{
    public static Rotation Identity { get; } = new(new(1, 0, 0), new(0, 1, 0), new(0, 0, 1));

    public Point3 Apply(Point3 v) => (X * v.X) + (Y * v.Y) + (Z * v.Z);

    public static Rotation operator *(Rotation a, Rotation b) => new(a.Apply(b.X), a.Apply(b.Y), a.Apply(b.Z));

    /// <summary>About the x axis (forward): positive turns y towards z.</summary>
    public static Rotation AboutX(double degrees)
    {
        var (s, c) = SinCos(degrees);
        return new(new(1, 0, 0), new(0, c, s), new(0, -s, c));
    }

    /// <summary>About the y axis (up): positive turns z towards x.</summary>
    public static Rotation AboutY(double degrees)
    {
        var (s, c) = SinCos(degrees);
        return new(new(c, 0, -s), new(0, 1, 0), new(s, 0, c));
    }

    /// <summary>About the z axis (towards the side camera): positive turns x towards y.</summary>
    public static Rotation AboutZ(double degrees)
    {
        var (s, c) = SinCos(degrees);
        return new(new(c, s, 0), new(-s, c, 0), new(0, 0, 1));
    }

    private static (double Sin, double Cos) SinCos(double degrees)
    {
        var radians = degrees * Math.PI / 180;
        return (Math.Sin(radians), Math.Cos(radians));
    }
}
