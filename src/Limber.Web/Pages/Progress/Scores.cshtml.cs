using System.Globalization;
using System.Text.Json.Nodes;
using Limber.Core.Outcomes;
using Limber.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Progress;

/// <summary>
/// A clinician's form typed in by item number (RMDQ ticks, ODI section scores, STarT Back answers), scored
/// by the Core engine like <c>limber score</c>. No item texts are shown: the person copies the numbers from
/// the paper or licensed form they filled in.
/// </summary>
public sealed partial class ScoresModel(LimberDb db, TimeProvider clock, ILogger<ScoresModel> logger) : PageModel
{
    /// <summary>The ODI's ten section titles (titles and scoring rules may be shown; the statements may not).</summary>
    public static readonly IReadOnlyList<string> OdiSections =
        ["Pain intensity", "Personal care", "Lifting", "Walking", "Sitting", "Standing", "Sleeping", "Sex life", "Social life", "Travelling"];

    /// <summary>Item 9 of STarT Back: how bothersome the back has been, 0 to 4.</summary>
    public static readonly IReadOnlyList<string> Bothersome = ["not at all", "slightly", "moderately", "very much", "extremely"];

    /// <summary>RMDQ: the item numbers ticked.</summary>
    [BindProperty]
    public List<string> Ticked { get; set; } = [];

    /// <summary>ODI: ten section scores as typed, empty where unanswered.</summary>
    [BindProperty]
    public List<string?> Sections { get; set; } = [];

    /// <summary>STarT Back: nine answers as typed.</summary>
    [BindProperty]
    public List<string?> Items { get; set; } = [];

    /// <summary>Which form the problems below belong to.</summary>
    public string? Failed { get; private set; }

    public List<string> FormProblems { get; } = [];

    public void OnGet()
    {
        Pad();
    }

    public Task<IActionResult> OnPostRmdqAsync(CancellationToken cancellationToken)
    {
        Pad();
        var numbers = new JsonArray();
        foreach (var tick in Ticked)
        {
            numbers.Add(int.TryParse(tick, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(tick));
        }

        return SaveAsync("rmdq", new JsonObject { ["ticked"] = numbers }, cancellationToken);
    }

    public Task<IActionResult> OnPostOdiAsync(CancellationToken cancellationToken)
    {
        Pad();
        return SaveAsync("odi", new JsonObject { ["sections"] = Values(Sections) }, cancellationToken);
    }

    public Task<IActionResult> OnPostStartBackAsync(CancellationToken cancellationToken)
    {
        Pad();
        for (var i = 0; i < Questionnaires.StartBackItems; i++)
        {
            if (string.IsNullOrWhiteSpace(Items[i]))
            {
                ModelState.AddModelError($"Items[{i}]", i == 8
                    ? "Answer item 9: how bothersome, from not at all (0) to extremely (4)."
                    : $"Answer item {i + 1}: agree or disagree.");
            }
        }

        if (!ModelState.IsValid)
        {
            Failed = "startback";
            FormProblems.Add("Every STarT Back item needs an answer; the empty ones are marked.");
            return Task.FromResult<IActionResult>(Page());
        }

        return SaveAsync("startback", new JsonObject { ["items"] = Values(Items) }, cancellationToken);
    }

    /// <summary>Plain words for an Oswestry band after Fairbank.</summary>
    public static string OdiBandWords(string? band) => band switch
    {
        "minimal" => "minimal disability",
        "moderate" => "moderate disability",
        "severe" => "severe disability",
        "crippled" => "very severe disability",
        "bed-bound" => "the highest band",
        _ => "no band",
    };

    public bool Invalid(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    private async Task<IActionResult> SaveAsync(string instrument, JsonObject answers, CancellationToken cancellationToken)
    {
        // The one write path: the Core engine scores the answers; its problems name the item.
        var (saved, problems) = await db.SaveQuestionnaireAsync(instrument, answers.ToJsonString(), clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (saved is null)
        {
            Failed = instrument;
            foreach (var problem in problems)
            {
                FormProblems.Add(Friendly(instrument, problem));
            }

            ModelState.AddModelError(instrument, FormProblems[0]);
            return Page();
        }

        LogSaved(logger, instrument, saved.Id);
        return RedirectToPage("/Progress/Index", new { saved = instrument });
    }

    /// <summary>The engine's problem in the page's words: which item, and what is allowed.</summary>
    private static string Friendly(string instrument, AnswerProblem problem)
    {
        var open = problem.Path.IndexOf('[', StringComparison.Ordinal);
        var close = problem.Path.IndexOf(']', StringComparison.Ordinal);
        var index = open >= 0 && close > open && int.TryParse(problem.Path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
        return (instrument, index) switch
        {
            ("rmdq", _) => $"Roland-Morris: tick item numbers from 1 to {Questionnaires.RmdqItems} only, each once.",
            ("odi", >= 0) => $"Oswestry section {index + 1} ({OdiSections[index]}): choose a score from 0 to 5, or leave it empty if it was not answered.",
            ("startback", 8) => "STarT Back item 9: choose from not at all (0) to extremely (4).",
            ("startback", >= 0) => $"STarT Back item {index + 1}: choose agree or disagree.",
            _ => char.ToUpperInvariant(problem.Message[0]) + problem.Message[1..] + ".",
        };
    }

    /// <summary>Typed values as JSON numbers where they parse, text otherwise (so the engine names the item), null when empty.</summary>
    private static JsonArray Values(List<string?> typed)
    {
        var array = new JsonArray();
        foreach (var value in typed)
        {
            array.Add(string.IsNullOrWhiteSpace(value)
                ? null
                : int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? JsonValue.Create(n) : JsonValue.Create(value));
        }

        return array;
    }

    /// <summary>
    /// Exactly ten sections and nine items, whatever was posted. Each is read by its own name: a browser sends
    /// nothing for an unanswered radio group, and list binding would drop every item after such a gap.
    /// </summary>
    private void Pad()
    {
        if (Request.HasFormContentType)
        {
            var form = Request.Form;
            Sections = [.. Enumerable.Range(0, Questionnaires.OdiSections).Select(i => (string?)form[$"Sections[{i}]"].FirstOrDefault())];
            Items = [.. Enumerable.Range(0, Questionnaires.StartBackItems).Select(i => (string?)form[$"Items[{i}]"].FirstOrDefault())];
        }

        Sections = [.. Sections.Take(Questionnaires.OdiSections)];
        while (Sections.Count < Questionnaires.OdiSections)
        {
            Sections.Add(null);
        }

        Items = [.. Items.Take(Questionnaires.StartBackItems)];
        while (Items.Count < Questionnaires.StartBackItems)
        {
            Items.Add(null);
        }
    }

    /// <summary>The instrument and id only, never the answers or the score.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Saved {Instrument} result {ResultId}")]
    private static partial void LogSaved(ILogger logger, string instrument, Guid resultId);
}
