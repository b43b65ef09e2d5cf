using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Limber.Core.Catalog;

namespace Limber.Core.Planning;

/// <summary>The result of reading an intake: the intake when there were no problems, otherwise every problem.</summary>
public sealed record IntakeRead(Intake? Intake, IReadOnlyList<IntakeProblem> Problems);

/// <summary>
/// One thing wrong with an intake: the JSON path of the field (<c>intake.pain</c>), a stable code saying
/// what kind of problem it is (see <see cref="IntakeProblemCodes"/>), and the message in the contract's
/// words. Callers place and reword problems by path and code, never by the message text.
/// </summary>
public sealed record IntakeProblem(string Path, string Code, string Message)
{
    /// <summary>The contract's one-line form, as the CLI prints it: <c>intake.pain: must be an integer from 0 to 10 (got 11)</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>The codes an <see cref="IntakeProblem"/> can carry.</summary>
public static class IntakeProblemCodes
{
    /// <summary>The text is not JSON at all.</summary>
    public const string Malformed = "malformed";

    /// <summary>The value has the wrong JSON type (an object where an array belongs, text where a number belongs...).</summary>
    public const string WrongType = "wrong-type";

    /// <summary>An integer outside its range, or not an integer.</summary>
    public const string OutOfRange = "out-of-range";

    /// <summary>A code that is not in the contract's list for that field.</summary>
    public const string UnknownCode = "unknown-code";

    /// <summary>The same code listed twice.</summary>
    public const string Repeated = "repeated";

    /// <summary>Not an RFC 3339 date-time with an offset.</summary>
    public const string NotDateTime = "not-date-time";

    /// <summary>A date-time after <c>now</c>.</summary>
    public const string InFuture = "in-future";

    /// <summary>A field the contract does not have.</summary>
    public const string UnknownField = "unknown-field";

    /// <summary>The same field given twice.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>A required field is absent.</summary>
    public const string Missing = "missing";

    /// <summary>A field given where it is not allowed (pregnancyWeeks without pregnancy).</summary>
    public const string NotAllowed = "not-allowed";
}

/// <summary>
/// Reads and validates an intake against intake.schema.json. Every problem is collected, in document
/// order (missing fields last), each as a record naming the field by its JSON path, a code, and what is allowed;
/// as one line it reads e.g. <c>intake.pain: must be an integer from 0 to 10 (got 11)</c>.
/// </summary>
public static partial class IntakeReader
{
    private const string DateTimeShape = "a date-time with a time zone, e.g. 2026-11-20T08:00:00Z";

    private static readonly string[] Fields =
    [
        "now", "age", "episodeStarted", "firstEpisode", "cause", "pain", "stiffness", "painSpread", "redFlags",
        "conditions", "pregnancyWeeks", "mobility", "equipment", "minutes", "thermalPreference", "history",
        "morningStiffnessMinutes", "startBack",
    ];

    /// <summary>The longest morning stiffness the check-in takes, in minutes (four hours).</summary>
    public const int MaxMorningStiffnessMinutes = 240;

    private static readonly string[] StartBackBands = ["low", "medium", "high"];

    private static readonly string[] MobilityFields = ["floor", "kneeling"];

    private static readonly string[] SessionFields =
    [
        "date", "completed", "stage", "painBefore", "painAfter", "stiffnessBefore", "stiffnessAfter", "nextDayPain",
        "difficulty", "stoppedFor",
    ];

    private static readonly string[] PainSpreads = ["none", "buttock", "thigh", "below-knee"];
    private static readonly string[] ThermalPreferences = ["heat", "cold", "none"];
    private static readonly string[] Stages = [.. Code.All<Stage>()];
    private static readonly string[] Difficulties = ["too-easy", "right", "too-hard"];
    private static readonly string[] StopReasons = ["pain", "leg-symptoms", "time", "other"];

    /// <summary>Reads <paramref name="json"/>; <paramref name="clockNow"/> is used as <c>now</c> when the intake does not give one.</summary>
    public static IntakeRead Read(string json, DateTimeOffset clockNow)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            return new IntakeRead(null, [Malformed(exception)]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new IntakeRead(null, [new IntakeProblem("intake", IntakeProblemCodes.WrongType, "must be a JSON object")]);
            }

            if (LoneSurrogateAt(root, "intake") is { } at)
            {
                return new IntakeRead(null, [new IntakeProblem(at, IntakeProblemCodes.Malformed, "holds an unpaired surrogate such as \\ud800; text must be valid Unicode")]);
            }

            var walk = new Walk(ResolveNow(root, clockNow));
            var intake = walk.Intake(root, clockNow, ListsPregnancy(root));
            return walk.Problems.Count == 0 ? new IntakeRead(intake, []) : new IntakeRead(null, walk.Problems);
        }
    }

    /// <summary>
    /// JSON allows an escaped lone surrogate ("\ud800") that no .NET string can hold; reading it
    /// throws, so every name and string is checked once, up front. Returns the first such path.
    /// </summary>
    private static string? LoneSurrogateAt(JsonElement element, string path)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (LoneSurrogateAt(property.Value, $"{path}.{property.Name}") is { } inner)
                        {
                            return inner;
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        if (LoneSurrogateAt(item, $"{path}[{index++}]") is { } inner)
                        {
                            return inner;
                        }
                    }

                    break;
                default:
                    break;
            }
        }
        catch (InvalidOperationException)
        {
            return path;
        }

        return null;
    }

    private static IntakeProblem Malformed(JsonException exception)
    {
        var reason = exception.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = (cut >= 0 ? reason[..cut] : reason).Trim().TrimEnd('.');
        var message = exception is { LineNumber: { } line, BytePositionInLine: { } position }
            ? $"malformed JSON (line {line + 1}, position {position + 1}): {reason}"
            : $"malformed JSON: {reason}";
        return new IntakeProblem("intake", IntakeProblemCodes.Malformed, message);
    }

    /// <summary>The bound for "must not be after now"; null when <c>now</c> is given but invalid (that is reported on its own).</summary>
    private static DateTimeOffset? ResolveNow(JsonElement root, DateTimeOffset clockNow)
    {
        if (!root.TryGetProperty("now", out var now))
        {
            return clockNow.ToUniversalTime();
        }

        return now.ValueKind == JsonValueKind.String && ParseDateTime(now.GetString()!) is { } given ? given : null;
    }

    private static bool ListsPregnancy(JsonElement root) =>
        root.TryGetProperty("conditions", out var conditions)
        && conditions.ValueKind == JsonValueKind.Array
        && conditions.EnumerateArray().Any(c => c.ValueKind == JsonValueKind.String && c.ValueEquals("pregnancy"));

    /// <summary>RFC 3339 date-time with a mandatory offset, kept as given (plans show clock times in the person's offset); null when the text is anything else.</summary>
    private static DateTimeOffset? ParseDateTime(string text)
    {
        if (!Rfc3339().IsMatch(text))
        {
            return null;
        }

        var normal = text.Replace('t', 'T').Replace('z', 'Z');
        return DateTimeOffset.TryParse(normal, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : null;
    }

    private static string Utc(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string PathOf(string parent, string name) =>
        Identifier().IsMatch(name) ? $"{parent}.{name}" : $"{parent}[\"{Escape(name)}\"]";

    /// <summary>A JSON value as it was written, kept to one short line.</summary>
    private static string Got(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => Shorten(value.GetRawText()),
    };

    private static string Quote(string text) => $"'{Shorten(Escape(text))}'";

    private static string Escape(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private static string Shorten(string text) => text.Length <= 60 ? text : $"{text[..57]}...";

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();

    /// <summary>One pass over the document, collecting problems as it goes.</summary>
    private sealed class Walk(DateTimeOffset? latest)
    {
        public List<IntakeProblem> Problems { get; } = [];

        public Intake Intake(JsonElement root, DateTimeOffset clockNow, bool pregnant)
        {
            var intake = new Intake
            {
                Now = latest ?? clockNow.ToUniversalTime(),
                Age = 0,
                EpisodeStarted = default,
                Pain = 0,
                Stiffness = 0,
            };
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                var path = PathOf("intake", property.Name);
                if (!Known(property.Name, path, Fields, seen))
                {
                    continue;
                }

                var value = property.Value;
                switch (property.Name)
                {
                    case "now":
                        DateTime(value, path, notAfter: null);
                        break;
                    case "age" when Integer(value, path, 16, 110, belowMinimum: "; Limber is for adults") is { } age:
                        intake = intake with { Age = age };
                        break;
                    case "episodeStarted" when DateTime(value, path, latest) is { } started:
                        intake = intake with { EpisodeStarted = started };
                        break;
                    case "firstEpisode" when Boolean(value, path) is { } first:
                        intake = intake with { FirstEpisode = first };
                        break;
                    case "cause" when OneOf(value, path, Vocabulary.Causes) is { } cause:
                        intake = intake with { Cause = cause };
                        break;
                    case "pain" when Integer(value, path, 0, 10) is { } pain:
                        intake = intake with { Pain = pain };
                        break;
                    case "stiffness" when Integer(value, path, 0, 10) is { } stiffness:
                        intake = intake with { Stiffness = stiffness };
                        break;
                    case "painSpread" when OneOf(value, path, PainSpreads) is { } spread:
                        intake = intake with { PainSpread = spread };
                        break;
                    case "redFlags":
                        intake = intake with { RedFlags = Codes(value, path, Vocabulary.RedFlags, "red flag") };
                        break;
                    case "conditions":
                        intake = intake with { Conditions = Codes(value, path, Vocabulary.Conditions, "condition") };
                        break;
                    case "pregnancyWeeks" when !pregnant:
                        Report(path, IntakeProblemCodes.NotAllowed, "only allowed when conditions includes pregnancy");
                        break;
                    case "pregnancyWeeks" when Integer(value, path, 1, 42) is { } weeks:
                        intake = intake with { PregnancyWeeks = weeks };
                        break;
                    case "mobility":
                        intake = Mobility(value, path, intake);
                        break;
                    case "equipment":
                        intake = intake with { Equipment = Codes(value, path, Vocabulary.Equipment, "equipment") };
                        break;
                    case "minutes" when Integer(value, path, 5, 60) is { } minutes:
                        intake = intake with { Minutes = minutes };
                        break;
                    case "thermalPreference" when OneOf(value, path, ThermalPreferences) is { } thermal:
                        intake = intake with { ThermalPreference = thermal };
                        break;
                    case "history":
                        intake = intake with { History = History(value, path) };
                        break;
                    case "morningStiffnessMinutes" when Integer(value, path, 0, MaxMorningStiffnessMinutes) is { } morning:
                        intake = intake with { MorningStiffnessMinutes = morning };
                        break;
                    case "startBack" when OneOf(value, path, StartBackBands) is { } band:
                        intake = intake with { StartBack = band };
                        break;
                    default:
                        break;
                }
            }

            Require(seen, "intake", "age", "an integer from 16 to 110");
            Require(seen, "intake", "episodeStarted", DateTimeShape);
            Require(seen, "intake", "pain", "an integer from 0 to 10");
            Require(seen, "intake", "stiffness", "an integer from 0 to 10");
            if (pregnant && !seen.Contains("pregnancyWeeks"))
            {
                Report("intake.pregnancyWeeks", IntakeProblemCodes.Missing, "required when conditions includes pregnancy (an integer from 1 to 42)");
            }

            return intake;
        }

        private Intake Mobility(JsonElement value, string path, Intake intake)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                Report(path, IntakeProblemCodes.WrongType, $"must be an object with the fields floor and kneeling (got {Got(value)})");
                return intake;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in value.EnumerateObject())
            {
                var fieldPath = PathOf(path, property.Name);
                if (!Known(property.Name, fieldPath, MobilityFields, seen))
                {
                    continue;
                }

                switch (property.Name)
                {
                    case "floor" when Boolean(property.Value, fieldPath) is { } floor:
                        intake = intake with { CanGetToFloor = floor };
                        break;
                    case "kneeling" when Boolean(property.Value, fieldPath) is { } kneeling:
                        intake = intake with { CanKneel = kneeling };
                        break;
                    default:
                        break;
                }
            }

            return intake;
        }

        private List<SessionRecord> History(JsonElement value, string path)
        {
            var sessions = new List<SessionRecord>();
            if (value.ValueKind != JsonValueKind.Array)
            {
                Report(path, IntakeProblemCodes.WrongType, $"must be an array of sessions (got {Got(value)})");
                return sessions;
            }

            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (Session(item, $"{path}[{index}]") is { } session)
                {
                    sessions.Add(session);
                }

                index++;
            }

            return sessions;
        }

        private SessionRecord? Session(JsonElement value, string path)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                Report(path, IntakeProblemCodes.WrongType, $"must be an object with at least date and completed (got {Got(value)})");
                return null;
            }

            var session = new SessionRecord(default, false, null, null, null, null, null, null, null, null);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in value.EnumerateObject())
            {
                var fieldPath = PathOf(path, property.Name);
                if (!Known(property.Name, fieldPath, SessionFields, seen))
                {
                    continue;
                }

                var field = property.Value;
                session = property.Name switch
                {
                    "date" => DateTime(field, fieldPath, latest) is { } date ? session with { Date = date } : session,
                    "completed" => Boolean(field, fieldPath) is { } completed ? session with { Completed = completed } : session,
                    "stage" => OneOf(field, fieldPath, Stages) is { } stage && Code.TryParse<Stage>(stage, out var parsed)
                        ? session with { Stage = parsed }
                        : session,
                    "painBefore" => session with { PainBefore = Integer(field, fieldPath, 0, 10) },
                    "painAfter" => session with { PainAfter = Integer(field, fieldPath, 0, 10) },
                    "stiffnessBefore" => session with { StiffnessBefore = Integer(field, fieldPath, 0, 10) },
                    "stiffnessAfter" => session with { StiffnessAfter = Integer(field, fieldPath, 0, 10) },
                    "nextDayPain" => session with { NextDayPain = Integer(field, fieldPath, 0, 10) },
                    "difficulty" => session with { Difficulty = OneOf(field, fieldPath, Difficulties) },
                    "stoppedFor" => session with { StoppedFor = OneOf(field, fieldPath, StopReasons) },
                    _ => session,
                };
            }

            Require(seen, path, "date", DateTimeShape);
            Require(seen, path, "completed", "true or false");
            return session;
        }

        private List<string> Codes(JsonElement value, string path, IReadOnlyList<string> allowed, string noun)
        {
            var codes = new List<string>();
            if (value.ValueKind != JsonValueKind.Array)
            {
                Report(path, IntakeProblemCodes.WrongType, $"must be an array of {noun} codes (got {Got(value)})");
                return codes;
            }

            var index = 0;
            var repeated = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in value.EnumerateArray())
            {
                var itemPath = $"{path}[{index}]";
                if (OneOf(item, itemPath, allowed, noun) is { } code)
                {
                    if (!codes.Contains(code))
                    {
                        codes.Add(code);
                    }
                    else if (repeated.Add(code))
                    {
                        Report(itemPath, IntakeProblemCodes.Repeated, $"{Quote(code)} is listed twice");
                    }
                }

                index++;
            }

            return codes;
        }

        private int? Integer(JsonElement value, string path, int min, int max, string belowMinimum = "")
        {
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
            {
                return number;
            }

            var note = value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var low) && low < min ? belowMinimum : "";
            Report(path, IntakeProblemCodes.OutOfRange, $"must be an integer from {min} to {max} (got {Got(value)}){note}");
            return null;
        }

        private bool? Boolean(JsonElement value, string path)
        {
            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Report(path, IntakeProblemCodes.WrongType, $"must be true or false (got {Got(value)})");
            return null;
        }

        private string? OneOf(JsonElement value, string path, IReadOnlyList<string> allowed, string noun = "value")
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                Report(path, IntakeProblemCodes.WrongType, $"must be one of {string.Join(", ", allowed)} (got {Got(value)})");
                return null;
            }

            var text = value.GetString()!;
            if (allowed.Contains(text))
            {
                return text;
            }

            Report(path, IntakeProblemCodes.UnknownCode, $"unknown {noun} {Quote(text)} (allowed: {string.Join(", ", allowed)})");
            return null;
        }

        private DateTimeOffset? DateTime(JsonElement value, string path, DateTimeOffset? notAfter)
        {
            if (value.ValueKind != JsonValueKind.String || ParseDateTime(value.GetString()!) is not { } moment)
            {
                var got = value.ValueKind == JsonValueKind.String ? Quote(value.GetString()!) : Got(value);
                Report(path, IntakeProblemCodes.NotDateTime, $"must be {DateTimeShape} (got {got})");
                return null;
            }

            if (notAfter is { } bound && moment > bound)
            {
                Report(path, IntakeProblemCodes.InFuture, $"must not be after now ({Utc(bound)})");
                return null;
            }

            return moment;
        }

        private bool Known(string name, string path, IReadOnlyList<string> allowed, HashSet<string> seen)
        {
            if (!allowed.Contains(name))
            {
                Report(path, IntakeProblemCodes.UnknownField, $"unknown field (allowed: {string.Join(", ", allowed)})");
                return false;
            }

            if (!seen.Add(name))
            {
                Report(path, IntakeProblemCodes.Duplicate, "given more than once");
                return false;
            }

            return true;
        }

        private void Require(HashSet<string> seen, string parent, string name, string shape)
        {
            if (!seen.Contains(name))
            {
                Report(PathOf(parent, name), IntakeProblemCodes.Missing, $"missing required field ({shape})");
            }
        }

        private void Report(string path, string code, string message) => Problems.Add(new IntakeProblem(path, code, message));
    }
}
