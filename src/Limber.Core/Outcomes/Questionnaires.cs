using System.Globalization;
using System.Text.Json;

namespace Limber.Core.Outcomes;

/// <summary>
/// A clinician's questionnaire scored by the engine (contract: "Scoring"). Fields that do not
/// apply are null; <see cref="Valid"/> is true when a score could be computed.
/// </summary>
public sealed record QuestionnaireScore(string Instrument, double? Score, double Max, string? Band, int? Subscale, int? Missing, bool Valid);

/// <summary>One thing wrong with the answers, named by its JSON path.</summary>
public sealed record AnswerProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Either a score or the problems that stopped it.</summary>
public sealed record ScoreResult(QuestionnaireScore? Score, IReadOnlyList<AnswerProblem> Problems);

/// <summary>
/// Scores RMDQ, ODI, STarT Back and PSFS from item numbers and values only: Limber ships the
/// scoring rules, never the copyrighted item texts (clinical-rules §2). See docs/adr/0010-outcomes.md.
/// </summary>
public static class Questionnaires
{
    public static readonly IReadOnlyList<string> Instruments = ["rmdq", "odi", "startback", "psfs"];

    /// <summary>ODI: with this many sections or more unanswered there is no score (Fairbank in practice; AO allows one).</summary>
    public const int OdiMissingForNoScore = 3;

    public const int RmdqItems = 24;

    public const int OdiSections = 10;

    public const int StartBackItems = 9;

    public const int PsfsMaxActivities = 5;

    public static ScoreResult Score(string instrument, string answersJson)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(answersJson);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(answersJson);
        }
        catch (JsonException e)
        {
            return Fail(new AnswerProblem("answers", $"is not valid JSON ({e.Message})"));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Fail(new AnswerProblem("answers", "must be a JSON object"));
            }

            return instrument switch
            {
                "rmdq" => Rmdq(document.RootElement),
                "odi" => Odi(document.RootElement),
                "startback" => StartBack(document.RootElement),
                "psfs" => Psfs(document.RootElement),
                _ => Fail(new AnswerProblem("instrument", $"must be one of {string.Join(", ", Instruments)} (got '{instrument}')")),
            };
        }
    }

    /// <summary>Oswestry band after Fairbank: ≤20 minimal, ≤40 moderate, ≤60 severe, ≤80 crippled, above bed-bound.</summary>
    public static string OdiBand(double percent) => percent switch
    {
        <= 20 => "minimal",
        <= 40 => "moderate",
        <= 60 => "severe",
        <= 80 => "crippled",
        _ => "bed-bound",
    };

    private static ScoreResult Rmdq(JsonElement root)
    {
        var problems = Unknown(root, "ticked");
        if (!root.TryGetProperty("ticked", out var ticked) || ticked.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new AnswerProblem("answers.ticked", $"is required: an array of the item numbers ticked, each from 1 to {RmdqItems}"));
            return new ScoreResult(null, problems);
        }

        var seen = new HashSet<int>();
        var index = 0;
        foreach (var item in ticked.EnumerateArray())
        {
            var path = $"answers.ticked[{index++}]";
            if (Int(item) is not { } number || number is < 1 or > RmdqItems)
            {
                problems.Add(new AnswerProblem(path, $"must be an item number from 1 to {RmdqItems} (got {item.GetRawText()})"));
            }
            else if (!seen.Add(number))
            {
                problems.Add(new AnswerProblem(path, $"item {number} is listed twice"));
            }
        }

        return problems.Count > 0
            ? new ScoreResult(null, problems)
            : Ok(new QuestionnaireScore("rmdq", seen.Count, RmdqItems, null, null, null, true));
    }

    private static ScoreResult Odi(JsonElement root)
    {
        var problems = Unknown(root, "sections");
        if (!root.TryGetProperty("sections", out var sections) || sections.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new AnswerProblem("answers.sections", $"is required: an array of {OdiSections} section scores, each 0 to 5 or null"));
            return new ScoreResult(null, problems);
        }

        if (sections.GetArrayLength() != OdiSections)
        {
            problems.Add(new AnswerProblem("answers.sections", $"must have exactly {OdiSections} entries, one per section, null where unanswered (got {sections.GetArrayLength()})"));
            return new ScoreResult(null, problems);
        }

        var answered = new List<int>();
        var index = 0;
        foreach (var section in sections.EnumerateArray())
        {
            var path = $"answers.sections[{index++}]";
            if (section.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (Int(section) is { } value and >= 0 and <= 5)
            {
                answered.Add(value);
            }
            else
            {
                problems.Add(new AnswerProblem(path, $"must be a section score from 0 to 5, or null when unanswered (got {section.GetRawText()})"));
            }
        }

        if (problems.Count > 0)
        {
            return new ScoreResult(null, problems);
        }

        var missing = OdiSections - answered.Count;
        if (missing >= OdiMissingForNoScore)
        {
            return Ok(new QuestionnaireScore("odi", null, 100, null, null, missing, false));
        }

        var percent = answered.Sum() * 100.0 / (5 * answered.Count);
        return Ok(new QuestionnaireScore("odi", percent, 100, OdiBand(percent), null, missing, true));
    }

    private static ScoreResult StartBack(JsonElement root)
    {
        var problems = Unknown(root, "items");
        if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new AnswerProblem("answers.items", "is required: items 1 to 8 as 0 (disagree) or 1 (agree), then item 9 as 0 to 4"));
            return new ScoreResult(null, problems);
        }

        if (items.GetArrayLength() != StartBackItems)
        {
            problems.Add(new AnswerProblem("answers.items", $"must have exactly {StartBackItems} answers (got {items.GetArrayLength()})"));
            return new ScoreResult(null, problems);
        }

        var scores = new int[StartBackItems];
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var path = $"answers.items[{index}]";
            var last = index == StartBackItems - 1;
            if (Int(item) is { } value && value >= 0 && value <= (last ? 4 : 1))
            {
                // Item 9 counts only for "very much" (3) or "extremely" (4) bothersome.
                scores[index] = last ? (value >= 3 ? 1 : 0) : value;
            }
            else
            {
                problems.Add(new AnswerProblem(path, last
                    ? $"item 9 must be 0 to 4 (not at all to extremely) (got {item.GetRawText()})"
                    : $"item {index + 1} must be 0 (disagree) or 1 (agree) (got {item.GetRawText()})"));
            }

            index++;
        }

        if (problems.Count > 0)
        {
            return new ScoreResult(null, problems);
        }

        var total = scores.Sum();
        var subscale = scores[4..].Sum();
        var band = subscale >= 4 ? "high" : total >= 4 ? "medium" : "low";
        return Ok(new QuestionnaireScore("startback", total, 9, band, subscale, null, true));
    }

    private static ScoreResult Psfs(JsonElement root)
    {
        var problems = Unknown(root, "activities");
        if (!root.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array
            || activities.GetArrayLength() is < 1 or > PsfsMaxActivities)
        {
            problems.Add(new AnswerProblem("answers.activities", $"is required: 1 to {PsfsMaxActivities} activities, each {{\"name\": \"...\", \"score\": 0-10}}"));
            return new ScoreResult(null, problems);
        }

        var scores = new List<int>();
        var index = 0;
        foreach (var activity in activities.EnumerateArray())
        {
            var path = $"answers.activities[{index++}]";
            if (activity.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new AnswerProblem(path, "must be an object with a name and a score"));
                continue;
            }

            problems.AddRange(Unknown(activity, "name", "score").Select(p => p with { Path = path + p.Path["answers".Length..] }));
            if (!activity.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(name.GetString()))
            {
                problems.Add(new AnswerProblem(path + ".name", "is required: the activity in the person's own words"));
            }
            else if (name.GetString()!.Length > 200)
            {
                problems.Add(new AnswerProblem(path + ".name", "must be at most 200 characters"));
            }

            if (activity.TryGetProperty("score", out var score) && Int(score) is { } value and >= 0 and <= 10)
            {
                scores.Add(value);
            }
            else
            {
                problems.Add(new AnswerProblem(path + ".score", $"must be a whole number from 0 (unable) to 10 (as before the problem) (got {(activity.TryGetProperty("score", out var raw) ? raw.GetRawText() : "nothing")})"));
            }
        }

        return problems.Count > 0
            ? new ScoreResult(null, problems)
            : Ok(new QuestionnaireScore("psfs", scores.Average(), 10, null, null, null, true));
    }

    private static int? Int(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) ? value : null;

    private static List<AnswerProblem> Unknown(JsonElement root, params string[] known) =>
        [.. root.EnumerateObject()
            .Where(p => !known.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => new AnswerProblem($"answers.{p.Name}", $"is not a field of these answers (allowed: {string.Join(", ", known)})"))];

    private static ScoreResult Ok(QuestionnaireScore score) => new(score, []);

    private static ScoreResult Fail(AnswerProblem problem) => new(null, [problem]);

    /// <summary>The score as it is shown: ODI to one decimal, others as they are.</summary>
    public static string Display(QuestionnaireScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return score.Score is { } value ? value.ToString(score.Instrument is "odi" or "psfs" ? "0.#" : "0", CultureInfo.InvariantCulture) : "no score";
    }
}
