using Limber.Core.Planning;
using Limber.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.CheckIn;

/// <summary>The check-in: red-flag questions first, then the rest of the intake; posts make a plan.</summary>
public sealed partial class IndexModel(LimberDb db, DailyPlanner planner, TimeProvider clock, ILogger<IndexModel> logger) : PageModel, Infrastructure.IKeepsTypedAnswers
{
    [BindProperty]
    public CheckInForm Form { get; set; } = new();

    /// <summary>Form-level problems that belong to no single field.</summary>
    public List<string> FormProblems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form.Token = Guid.NewGuid().ToString("N");

        // Start from the last check-in's lasting answers (age, conditions, equipment...), never its symptoms.
        var last = await db.CheckIns.AsNoTracking().OrderByDescending(c => c.CreatedAt).Select(c => c.IntakeJson).FirstOrDefaultAsync(cancellationToken);
        if (last is not null && IntakeReader.Read(last, clock.GetUtcNow()).Intake is { } previous)
        {
            Form.Age = previous.Age.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Form.Conditions = [.. previous.Conditions];
            Form.PregnancyWeeks = previous.PregnancyWeeks?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Form.Equipment = [.. previous.Equipment];
            Form.Minutes = previous.Minutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Form.CanGetToFloor = previous.CanGetToFloor ? "yes" : "no";
            Form.CanKneel = previous.CanKneel ? "yes" : "no";
            Form.ThermalPreference = previous.ThermalPreference;
            Form.EpisodeStarted = previous.EpisodeStarted.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            Form.Cause = previous.Cause;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Form.RedFlagsAnswered != "yes")
        {
            ModelState.AddModelError("Form.RedFlags", "Please answer the safety questions first.");
        }

        var now = clock.GetUtcNow().ToOffset(Form.Offset);
        var intakeJson = Form.ToIntake(now, await SessionHistory.LoadAsync(db, cancellationToken)).ToJsonString();
        var read = IntakeReader.Read(intakeJson, now);
        foreach (var problem in read.Problems)
        {
            var at = problem.IndexOf(": ", StringComparison.Ordinal);
            var field = CheckInForm.FieldOf(at > 0 ? problem[..at] : "");
            var message = at > 0 ? problem[(at + 2)..] : problem;
            if (field.Length == 0)
            {
                FormProblems.Add(message);
            }

            ModelState.AddModelError(field, Friendly(field, message));
        }

        if (read.Intake is not { } intake || !ModelState.IsValid)
        {
            return Page();
        }

        var plan = planner.Create(intake);
        // The form's token is the check-in's id: sent twice (a double click, a resend), it is one plan.
        var token = Guid.TryParse(Form.Token, out var parsed) && parsed != Guid.Empty ? parsed : Guid.NewGuid();
        var planId = await db.IssueOnceAsync(Data.CheckIn.Issue(intakeJson, intake, plan, clock.GetUtcNow().UtcDateTime, token), cancellationToken);
        LogPlanIssued(logger, planId);
        return RedirectToPage("/Plans/Show", new { id = planId });
    }

    /// <summary>Whether a form field has an error, for styling and aria-invalid.</summary>
    public bool Invalid(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    /// <summary>The engine's messages name JSON and types; a person gets the same rule in plain words.</summary>
    internal static string Friendly(string field, string message)
    {
        var range = IntegerRange().Match(message);
        return (field, message) switch
        {
            ("Form.Age", _) when message.StartsWith("missing", StringComparison.Ordinal) => "Please enter your age.",
            ("Form.Age", _) when range.Success => $"Limber is for adults: enter an age from {range.Groups[1].Value} to {range.Groups[2].Value}{Entered(range)}.",
            ("Form.EpisodeStarted", _) when message.StartsWith("missing", StringComparison.Ordinal) => "Please say when this bout started.",
            ("Form.EpisodeStarted", _) when message.StartsWith("must not be after now", StringComparison.Ordinal) => "This cannot be in the future; choose when it started.",
            ("Form.EpisodeStarted", _) => "Choose a date and time from the picker.",
            ("Form.Pain", _) => "Choose your pain right now, from 0 (none) to 10 (worst imaginable).",
            ("Form.Stiffness", _) => "Choose your stiffness right now, from 0 (loose) to 10 (cannot move).",
            ("Form.PregnancyWeeks", _) when message.StartsWith("required", StringComparison.Ordinal) => "Please enter how many weeks pregnant you are (1 to 42).",
            ("Form.PregnancyWeeks", _) when message.StartsWith("only allowed", StringComparison.Ordinal) => "Tick \"I am pregnant\" above, or leave the weeks empty.",
            (_, _) when range.Success => $"Enter a whole number from {range.Groups[1].Value} to {range.Groups[2].Value}{Entered(range)}.",
            _ => char.ToUpperInvariant(message[0]) + message[1..] + (message.EndsWith('.') ? "" : "."),
        };
    }

    private static string Entered(System.Text.RegularExpressions.Match range) =>
        range.Groups[3].Success ? $" (you entered {range.Groups[3].Value.Trim('"')})" : "";

    [System.Text.RegularExpressions.GeneratedRegex(@"from (\d+) to (\d+)(?: \(got ([^)]*)\))?")]
    private static partial System.Text.RegularExpressions.Regex IntegerRange();

    /// <summary>The id only: a triage outcome is never logged next to an id.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Issued plan {PlanId}")]
    private static partial void LogPlanIssued(ILogger logger, Guid planId);
}
