using System.Globalization;
using Limber.Core.Outcomes;
using Limber.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.Progress;

/// <summary>
/// The Patient-Specific Functional Scale: up to five activities the person names, each rated 0 to 10.
/// Later ratings start from the activities named last time, so the same ones are rated again.
/// </summary>
public sealed partial class ActivitiesModel(LimberDb db, TimeProvider clock, ILogger<ActivitiesModel> logger) : PageModel
{
    public const int Rows = Questionnaires.PsfsMaxActivities;

    public const int MaxNameLength = 200;

    [BindProperty]
    public List<ActivityRow> Form { get; set; } = [];

    /// <summary>Problems that belong to the whole form (nothing filled in).</summary>
    public List<string> FormProblems { get; } = [];

    /// <summary>True when the rows start from the activities named last time.</summary>
    public bool Again { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var last = await db.Questionnaires.AsNoTracking().Where(q => q.Instrument == "psfs")
            .OrderByDescending(q => q.TakenAt).Select(q => q.AnswersJson).FirstOrDefaultAsync(cancellationToken);
        var names = last is null ? [] : Psfs.Activities(last).Select(a => a.Name).ToList();
        Again = names.Count > 0;
        Form = [.. Enumerable.Range(0, Rows).Select(i => new ActivityRow { Name = i < names.Count ? names[i] : null })];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        while (Form.Count < Rows)
        {
            Form.Add(new ActivityRow());
        }

        Form = [.. Form.Take(Rows)];
        var activities = new List<PsfsActivity>();
        for (var i = 0; i < Form.Count; i++)
        {
            var row = Form[i];
            var name = row.Name?.Trim();
            var hasName = !string.IsNullOrEmpty(name);
            var hasScore = !string.IsNullOrWhiteSpace(row.Score);
            if (!hasName && !hasScore)
            {
                continue;
            }

            if (!hasName)
            {
                ModelState.AddModelError($"Form[{i}].Name", $"Name the activity you rated {row.Score!.Trim()}, or clear its rating.");
                continue;
            }

            if (name!.Length > MaxNameLength)
            {
                ModelState.AddModelError($"Form[{i}].Name", $"Keep the activity to {MaxNameLength} characters or fewer (this one has {name.Length}).");
            }

            if (!hasScore)
            {
                ModelState.AddModelError($"Form[{i}].Score", $"Rate \"{Short(name)}\" from 0 (cannot do it) to 10 (as well as before).");
            }
            else if (!int.TryParse(row.Score!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var score) || score > 10)
            {
                ModelState.AddModelError($"Form[{i}].Score", $"Rate \"{Short(name)}\" with a whole number from 0 to 10 (you entered {row.Score.Trim()}).");
            }
            else
            {
                activities.Add(new PsfsActivity(name, score));
            }
        }

        if (activities.Count == 0 && ModelState.IsValid)
        {
            FormProblems.Add("Name at least one activity your back makes hard, and rate it from 0 to 10.");
            ModelState.AddModelError("Form", FormProblems[0]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The one write path: scored by the Core engine, stored with the owner stamped.
        var (saved, problems) = await db.SaveQuestionnaireAsync("psfs", Psfs.AnswersJson(activities), clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (saved is null)
        {
            FormProblems.AddRange(problems.Select(p => p.ToString()));
            ModelState.AddModelError("Form", FormProblems[0]);
            return Page();
        }

        LogSaved(logger, saved.Id);
        return RedirectToPage("/Progress/Index", new { saved = "psfs" });
    }

    public bool Invalid(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    private static string Short(string name) => name.Length <= 40 ? name : name[..40] + "…";

    /// <summary>The id only: the activities and their scores are health data.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Saved activity ratings {ResultId}")]
    private static partial void LogSaved(ILogger logger, Guid resultId);
}

/// <summary>One activity row as typed, kept as text so nothing is lost when something needs another look.</summary>
public sealed class ActivityRow
{
    public string? Name { get; set; }

    public string? Score { get; set; }
}
