using System.Globalization;
using System.Text.Json.Nodes;

namespace Limber.Web.Pages.CheckIn;

/// <summary>What the check-in form posts. Everything is kept as typed so nothing is lost on an error.</summary>
public sealed class CheckInForm
{
    public List<string> RedFlags { get; set; } = [];

    /// <summary>"None of these apply to me": the explicit answer to the safety list. An empty list alone is not taken as a no.</summary>
    public bool NoRedFlags { get; set; }

    /// <summary>This form's token, made when the page is shown: a form sent twice makes one plan.</summary>
    public string? Token { get; set; }

    public string? Age { get; set; }

    /// <summary>A quick answer for when the bout started (a code of <see cref="Questions.EpisodeStarts"/>), or "date" for <see cref="EpisodeStarted"/>.</summary>
    public string? EpisodeAgo { get; set; }

    /// <summary>A <c>date</c> value (a <c>datetime-local</c> value is read too), in the person's time zone.</summary>
    public string? EpisodeStarted { get; set; }

    public bool FirstEpisode { get; set; }

    public string Cause { get; set; } = "unknown";

    public string? Pain { get; set; }

    public string? Stiffness { get; set; }

    public string PainSpread { get; set; } = "none";

    public List<string> Conditions { get; set; } = [];

    public string? PregnancyWeeks { get; set; }

    public string CanGetToFloor { get; set; } = "yes";

    public string CanKneel { get; set; } = "yes";

    public List<string> Equipment { get; set; } = [];

    public string? Minutes { get; set; } = "15";

    public string ThermalPreference { get; set; } = "none";

    /// <summary>Optional: minutes it took to loosen up after getting up this morning (0 to 240).</summary>
    public string? MorningStiffnessMinutes { get; set; }

    /// <summary>The band of the latest STarT Back form Limber scored, added by the page (never typed here), so the plan can advise on it.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public string? StartBack { get; set; }

    /// <summary>Minutes east of UTC, set by the page's script from the browser (0 without script).</summary>
    public int OffsetMinutes { get; set; }

    public TimeSpan Offset => TimeSpan.FromMinutes(Math.Clamp(OffsetMinutes, -14 * 60, 14 * 60));

    /// <summary>
    /// The intake JSON for the engine. Numbers that do not parse are passed on as text, so the
    /// engine's own validation names the field and what is allowed.
    /// </summary>
    public JsonObject ToIntake(DateTimeOffset now, JsonArray history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var intake = new JsonObject
        {
            ["now"] = now.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["firstEpisode"] = FirstEpisode,
            ["cause"] = Cause,
            ["painSpread"] = PainSpread,
            ["redFlags"] = new JsonArray([.. RedFlags.Select(f => (JsonNode)f)]),
            ["conditions"] = new JsonArray([.. Conditions.Select(c => (JsonNode)c)]),
            ["mobility"] = new JsonObject { ["floor"] = CanGetToFloor != "no", ["kneeling"] = CanKneel != "no" },
            ["equipment"] = new JsonArray([.. Equipment.Select(e => (JsonNode)e)]),
            ["thermalPreference"] = ThermalPreference,
            ["history"] = history,
        };
        AddNumber(intake, "age", Age);
        AddNumber(intake, "pain", Pain);
        AddNumber(intake, "stiffness", Stiffness);
        AddNumber(intake, "minutes", Minutes);
        AddNumber(intake, "morningStiffnessMinutes", MorningStiffnessMinutes);
        if (StartBack is not null)
        {
            intake["startBack"] = StartBack;
        }
        if (!string.IsNullOrWhiteSpace(PregnancyWeeks) || Conditions.Contains("pregnancy"))
        {
            AddNumber(intake, "pregnancyWeeks", PregnancyWeeks);
        }

        if (Questions.EpisodeStarts.FirstOrDefault(e => e.Code == EpisodeAgo) is { Code: not null } quick)
        {
            // A quick answer is the start of that day in the person's own time zone, so "today" is never in the future.
            var day = DateOnly.FromDateTime(now.ToOffset(Offset).DateTime).AddDays(-quick.DaysAgo);
            intake["episodeStarted"] = Moment(day.ToDateTime(TimeOnly.MinValue));
        }
        else if (!string.IsNullOrWhiteSpace(EpisodeStarted))
        {
            // A local time at the calendar's edge (0001-01-01 east of UTC, 9999-12-31 west of it) has
            // no UTC instant: it is passed on as typed, and the engine says what is allowed.
            intake["episodeStarted"] = DateTime.TryParse(EpisodeStarted, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && HasInstant(local, Offset)
                ? Moment(local)
                : EpisodeStarted;
        }

        return intake;
    }

    /// <summary>A local clock time in the person's offset, as the contract's date-time.</summary>
    private string Moment(DateTime local) =>
        new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static bool HasInstant(DateTime local, TimeSpan offset)
    {
        var utcTicks = local.Ticks - offset.Ticks;
        return utcTicks >= 0 && utcTicks <= DateTime.MaxValue.Ticks;
    }

    private static void AddNumber(JsonObject intake, string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        intake[name] = int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : text;
    }

    /// <summary>The form field a JSON path from the engine belongs to.</summary>
    public static string FieldOf(string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        var name = jsonPath.StartsWith("intake.", StringComparison.Ordinal) ? jsonPath["intake.".Length..] : "";
        var bracket = name.IndexOfAny(['[', '.']);
        var head = bracket < 0 ? name : name[..bracket];
        return head switch
        {
            "mobility" when name.EndsWith("kneeling", StringComparison.Ordinal) => "Form.CanKneel",
            "mobility" => "Form.CanGetToFloor",
            "" or "now" or "history" => "",
            _ => "Form." + char.ToUpperInvariant(head[0]) + head[1..],
        };
    }
}
