using Limber.Core.Catalog;

namespace Limber.Core.Planning;

/// <summary>A block's dose and length in words, the same in the CLI and the web app.</summary>
public static class BlockText
{
    /// <summary>E.g. "3 × 20 s hold each side" or "2 sets of 15 reps".</summary>
    public static string Dose(SessionBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var sides = block.Sides == Sides.Each ? " each side" : "";
        var sets = block.Sets > 1 ? $"{block.Sets} sets of " : "";
        return block.HoldSeconds > 0 && block.Part is not (SessionPart.WarmUp or SessionPart.Mobility)
            ? $"{sets}{block.Reps} × {block.HoldSeconds} s hold{sides}"
            : $"{sets}{block.Reps} reps{sides}";
    }

    /// <summary>E.g. "2 min 55 s" or "50 s".</summary>
    public static string Duration(int seconds) => seconds >= 60 ? $"{seconds / 60} min {seconds % 60:00} s" : $"{seconds} s";
}
