using Limber.Core.Catalog;

namespace Limber.Core.Planning;

/// <summary>
/// How long a block takes. The planner and the guided player use the same arithmetic, so the
/// planned seconds are what the player will run.
/// </summary>
public static class BlockTiming
{
    /// <summary>Get-ready countdown before each block (and getting into position).</summary>
    public const int SetupSeconds = 10;

    /// <summary>Changing from the left side to the right side.</summary>
    public const int ChangeoverSeconds = 5;

    /// <summary>
    /// Held work (a hold above zero, except mobility drills whose short pause is part of the
    /// rep) rests between every rep; moving work rests only between sets.
    /// </summary>
    public static bool IsHeld(RecordKind kind, int holdSeconds) => holdSeconds > 0 && kind != RecordKind.Mobility;

    public static int Seconds(RecordKind kind, Sides sides, int sets, int reps, int holdSeconds, int restSeconds, int secondsPerRep)
    {
        var held = IsHeld(kind, holdSeconds);
        var repSeconds = held ? holdSeconds : secondsPerRep;
        var rests = held ? (sets * reps) - 1 : sets - 1;
        var perSide = (sets * reps * repSeconds) + (rests * restSeconds);
        return sides == Sides.Each
            ? SetupSeconds + (2 * perSide) + ChangeoverSeconds
            : SetupSeconds + perSide;
    }
}
