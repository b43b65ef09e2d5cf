using System.Globalization;
using Limber.Core.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Exercises;

/// <summary>One exercise or therapy: how to do it, how much, where each number came from, and when not to.</summary>
public sealed class ShowModel(KnowledgeBase knowledge) : PageModel
{
    public CatalogRecord Record { get; private set; } = null!;

    public KnowledgeBase Knowledge => knowledge;

    /// <summary>The dose choices of this record's dose (not of its thermal protocol), in content order.</summary>
    public IReadOnlyList<DoseChoice> DoseChoices { get; private set; } = [];

    /// <summary>The dose choices of the thermal protocol, for heat and cold.</summary>
    public IReadOnlyList<DoseChoice> ThermalChoices { get; private set; } = [];

    public IActionResult OnGet(string id)
    {
        if (knowledge.Find(id) is not { } record)
        {
            return NotFound();
        }

        Record = record;
        DoseChoices = [.. record.DoseSources.Where(c => c.Field.StartsWith("dose.", StringComparison.Ordinal))];
        ThermalChoices = [.. record.DoseSources.Where(c => c.Field.StartsWith("thermal.", StringComparison.Ordinal))];
        return Page();
    }

    /// <summary>A title for a source id; the id itself when the source is unknown.</summary>
    public string SourceTitle(string id) => knowledge.FindSource(id)?.Title ?? id;

    /// <summary>A code such as <c>half-kneeling</c> as words: "half kneeling".</summary>
    public static string Words(string code) => (code ?? "").Replace('-', ' ');

    /// <summary>An enum as words, through its contract code.</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(Code.Of(value));

    /// <summary>How a kind reads on a tag.</summary>
    public static string KindText(RecordKind kind) => kind switch
    {
        RecordKind.SelfMassage => "self-massage",
        RecordKind.Thermal => "heat or cold",
        _ => Words(kind),
    };

    /// <summary>How a position reads on a tag.</summary>
    public static string PositionText(Position position) => position switch
    {
        Position.Supine => "lying on your back",
        Position.Prone => "lying on your front",
        Position.SideLying => "lying on your side",
        Position.Quadruped => "hands and knees",
        Position.HalfKneeling => "half kneeling",
        Position.OnBall => "on a ball",
        Position.Any => "any position",
        _ => Words(position),
    };

    /// <summary>A body area code in plain words.</summary>
    public static string TargetText(string code) => code switch
    {
        "lumbar" => "lower back",
        "thoracic" => "upper back",
        "quadriceps" => "front of the thighs",
        "glutes" => "buttocks",
        "piriformis" => "deep buttock (piriformis)",
        "adductors" => "inner thighs",
        "abductors" => "outer hips",
        "lats" => "sides of the back (lats)",
        "core" => "core (belly and trunk)",
        _ => Words(code),
    };

    /// <summary>A spine movement code in plain words.</summary>
    public static string MovementText(string code) => code switch
    {
        "flexion" => "bending forward",
        "extension" => "bending back",
        "rotation" => "twisting",
        "side-bend" => "bending sideways",
        "neutral" => "kept straight",
        _ => Words(code),
    };

    /// <summary>A health condition code in plain words.</summary>
    public static string ConditionText(string code) => code switch
    {
        "pregnancy" => "Pregnancy",
        "osteoporosis" => "Osteoporosis (thin bones)",
        "disc-herniation" => "A slipped or herniated disc",
        "hip-replacement" => "A hip replacement",
        "knee-problem" => "A knee problem",
        "wrist-problem" => "A wrist problem",
        "impaired-sensation" => "Numb skin or poor feeling on the back, for example from diabetes",
        "cold-sensitivity" => "Sensitivity to cold, for example Raynaud's",
        "heart-condition" => "A heart condition",
        "high-blood-pressure" => "High blood pressure",
        _ => Words(code),
    };

    /// <summary>What a dose choice is about: "Hold", "Repetitions"...</summary>
    public static string FieldText(string field) => field switch
    {
        "dose.holdSeconds" => "Hold",
        "dose.reps" => "Repetitions",
        "dose.sets" => "Sets",
        "dose.restSeconds" => "Rest between goes",
        "thermal.minutes" => "Time each go",
        "thermal.minHoursBetween" => "Gap between goes",
        _ => Words(field[(field.LastIndexOf('.') + 1)..]),
    };

    /// <summary>A dose value as written in content ("[5, 10]", "[2]", "15") in words with its unit.</summary>
    public static string ValueText(string field, string value)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Trim('[', ']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var numbers = parts.Length switch
        {
            2 when parts[0] == parts[1] => parts[0],
            2 => $"{parts[0]}–{parts[1]}",
            1 => parts[0],
            _ => value,
        };
        var one = parts.Length == 1 && parts[0] == "1";
        return field switch
        {
            "dose.holdSeconds" when numbers == "0" => "no hold: keep moving",
            "dose.holdSeconds" => $"{numbers} seconds",
            "dose.reps" => one ? "1 repetition" : $"{numbers} repetitions",
            "dose.sets" => one ? "1 set" : $"{numbers} sets",
            "dose.restSeconds" when numbers == "0" => "no rest needed",
            "dose.restSeconds" => $"{numbers} seconds",
            "thermal.minutes" => Minutes(numbers),
            "thermal.minHoursBetween" => one ? "1 hour" : $"{numbers} hours",
            _ => numbers,
        };
    }

    private static string Minutes(string numbers) =>
        int.TryParse(numbers, NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes) && minutes >= 120 && minutes % 60 == 0
            ? $"{numbers} minutes ({(minutes / 60).ToString(CultureInfo.InvariantCulture)} hours)"
            : $"{numbers} minutes";

    /// <summary>A range in words: "8–10" or "8".</summary>
    public static string RangeText(IntRange range) =>
        range.Min == range.Max
            ? range.Min.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{range.Min}–{range.Max}");

    /// <summary>The dose as plain sentences: hold, reps, sets, sides and rest.</summary>
    public static IReadOnlyList<(string Label, string Value)> DoseRows(Dose dose)
    {
        ArgumentNullException.ThrowIfNull(dose);
        var reps = RangeText(dose.Reps);
        var sets = RangeText(dose.Sets);
        return
        [
            ("Hold", dose.HoldSeconds.Max == 0 ? "No hold: keep moving smoothly" : $"{RangeText(dose.HoldSeconds)} seconds each time"),
            ("Repetitions", reps == "1" ? "1 repetition" : $"{reps} repetitions"),
            ("Sets", sets == "1" ? "1 set" : $"{sets} sets"),
            ("Sides", dose.Sides == Sides.Each ? "Do it on one side, then on the other" : "Both sides together"),
            ("Rest", dose.RestSeconds == 0 ? "No rest needed" : string.Create(CultureInfo.InvariantCulture, $"{dose.RestSeconds} seconds between goes")),
        ];
    }

    /// <summary>The thermal protocol as plain sentences.</summary>
    public static IReadOnlyList<(string Label, string Value)> ThermalRows(ThermalProtocol thermal)
    {
        ArgumentNullException.ThrowIfNull(thermal);
        var rows = new List<(string, string)>
        {
            ("Heat or cold", thermal.Mode == ThermalMode.Heat ? "Heat" : "Cold"),
            ("Time each go", string.Create(CultureInfo.InvariantCulture, $"{thermal.Minutes} minutes")),
            ("Gap between goes", thermal.MinHoursBetween == 1
                ? "At least 1 hour"
                : string.Create(CultureInfo.InvariantCulture, $"At least {thermal.MinHoursBetween} hours")),
        };
        if (thermal.WindowHours is { } window)
        {
            rows.Add(("When", window.Min == 0
                ? string.Create(CultureInfo.InvariantCulture, $"Only in the first {window.Max} hours after a new strain")
                : string.Create(CultureInfo.InvariantCulture, $"From {window.Min} to {window.Max} hours after a new strain")));
        }

        if (thermal.LargeArea)
        {
            rows.Add(("Area", thermal.Mode == ThermalMode.Heat ? "Warms most of the body, not just the back" : "Cools most of the body, not just the back"));
        }

        return rows;
    }
}
