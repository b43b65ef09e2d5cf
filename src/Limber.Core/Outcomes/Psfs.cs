using System.Text.Json.Nodes;

namespace Limber.Core.Outcomes;

/// <summary>One activity the person named for the Patient-Specific Functional Scale, rated 0 (cannot do it) to 10 (as before the problem).</summary>
public sealed record PsfsActivity(string Name, int Score);

/// <summary>
/// The Patient-Specific Functional Scale with typed answers: scored by <see cref="Questionnaires"/>,
/// the same engine as <c>limber score --instrument psfs</c>, so the rules live once.
/// </summary>
public static class Psfs
{
    /// <summary>Scores the activities as the contract's answers JSON; the problems name <c>answers.activities[i]</c>.</summary>
    public static ScoreResult Score(IReadOnlyList<PsfsActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return Questionnaires.Score("psfs", AnswersJson(activities));
    }

    /// <summary>The contract's answers JSON: <c>{"activities":[{"name":"...","score":n}]}</c>.</summary>
    public static string AnswersJson(IReadOnlyList<PsfsActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var list = new JsonArray([.. activities.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["score"] = a.Score })]);
        return new JsonObject { ["activities"] = list }.ToJsonString();
    }

    /// <summary>The activities back from stored answers JSON; empty when it holds none.</summary>
    public static IReadOnlyList<PsfsActivity> Activities(string answersJson)
    {
        ArgumentNullException.ThrowIfNull(answersJson);
        if (JsonNode.Parse(answersJson)?["activities"] is not JsonArray list)
        {
            return [];
        }

        return [.. list.OfType<JsonObject>()
            .Select(a => new PsfsActivity(a["name"]?.GetValue<string>() ?? "", a["score"]?.GetValue<int>() ?? 0))];
    }
}
