using System.Globalization;
using Limber.Core.Planning;
using Limber.Core.Triage;
using Limber.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.CheckIn;

/// <summary>The check-in: red-flag questions first (they decide on their own), then the rest of the intake; posts make a plan.</summary>
public sealed partial class IndexModel(LimberDb db, DailyPlanner planner, TimeProvider clock, ILogger<IndexModel> logger) : PageModel, Infrastructure.IKeepsTypedAnswers
{
    [BindProperty]
    public CheckInForm Form { get; set; } = new();

    /// <summary>Form-level problems that belong to no single field.</summary>
    public List<string> FormProblems { get; } = [];

    /// <summary>True when the form starts from an earlier check-in's lasting answers.</summary>
    public bool Returning { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form.Token = Guid.NewGuid().ToString("N");

        // Start from the last readable check-in's lasting answers (age, conditions, equipment, what the person
        // can get down to...), never its symptoms and never its red flags: those are asked every time.
        var recent = await db.Plans.AsNoTracking().OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Number)
            .Select(p => p.CheckIn!.IntakeJson).Take(10).ToListAsync(cancellationToken);
        var previous = recent.Select(json => IntakeReader.Read(json, clock.GetUtcNow()).Intake).FirstOrDefault(i => i is not null);
        if (previous is null)
        {
            return;
        }

        Returning = true;
        Form.Age = previous.Age.ToString(CultureInfo.InvariantCulture);
        Form.Conditions = [.. previous.Conditions];
        Form.PregnancyWeeks = previous.PregnancyWeeks?.ToString(CultureInfo.InvariantCulture);
        Form.Equipment = [.. previous.Equipment];
        Form.Minutes = previous.Minutes.ToString(CultureInfo.InvariantCulture);
        Form.CanGetToFloor = previous.CanGetToFloor ? "yes" : "no";
        Form.CanKneel = previous.CanKneel ? "yes" : "no";
        Form.ThermalPreference = previous.ThermalPreference;
        Form.EpisodeAgo = "date";
        Form.EpisodeStarted = previous.EpisodeStarted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Form.Cause = previous.Cause;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToOffset(Form.Offset);

        // The latest STarT Back band, from the clinician's form the person entered: the plan advises on a high one.
        Form.StartBack = await db.Questionnaires.AsNoTracking().Where(q => q.Instrument == "startback" && q.Band != null)
            .OrderByDescending(q => q.TakenAt).Select(q => q.Band).FirstOrDefaultAsync(cancellationToken);
        var intakeJson = Form.ToIntake(now, await SessionHistory.LoadAsync(db, cancellationToken)).ToJsonString();
        var read = IntakeReader.Read(intakeJson, now);

        // Red flags decide first: a ticked one reaches its stop page whatever else is empty or invalid.
        var triage = RedFlagTriage.Assess(Form.RedFlags);
        if (triage.Status != PlanStatus.Ok)
        {
            return await IssueAsync(intakeJson, read.Intake ?? RedFlagTriage.Intake(Form.RedFlags, now), cancellationToken);
        }

        if (Form.RedFlags.Count == 0 && !Form.NoRedFlags)
        {
            ModelState.AddModelError(SafetyField, "Please answer the safety questions: tick any that apply, or tick \"None of these apply to me\".");
        }

        foreach (var problem in read.Problems)
        {
            var field = CheckInForm.FieldOf(problem.Path);
            var message = Friendly(field, problem, Form);
            if (field.Length == 0)
            {
                FormProblems.Add(message);
            }

            ModelState.AddModelError(field, message);
        }

        if (read.Intake is not { } intake || !ModelState.IsValid)
        {
            return Page();
        }

        return await IssueAsync(intakeJson, intake, cancellationToken);
    }

    /// <summary>Stores the check-in with its plan (its status is the plan's) and shows the plan, or its stop page.</summary>
    private async Task<IActionResult> IssueAsync(string intakeJson, Intake intake, CancellationToken cancellationToken)
    {
        var plan = planner.Create(intake);
        // The form's token is the check-in's id: sent twice (a double click, a resend), it is one plan.
        var token = Guid.TryParse(Form.Token, out var parsed) && parsed != Guid.Empty ? parsed : Guid.NewGuid();
        var planId = await db.IssueOnceAsync(Data.CheckIn.Issue(intakeJson, intake, plan, clock.GetUtcNow().UtcDateTime, token), cancellationToken);
        LogPlanIssued(logger, planId);
        return RedirectToPage("/Plans/Show", new { id = planId });
    }

    /// <summary>Whether a form field has an error, for styling and aria-invalid.</summary>
    public bool Invalid(string field) => ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    /// <summary>
    /// The engine's problem in plain words for the person. Chosen by the field and the problem's code, never by the
    /// message's wording; the ranges are the form's own, and "you entered" repeats what was typed.
    /// </summary>
    internal static string Friendly(string field, IntakeProblem problem, CheckInForm form)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(form);
        var missing = problem.Code == IntakeProblemCodes.Missing;
        return (field, problem.Code) switch
        {
            ("Form.Age", _) when missing => "Please enter your age.",
            ("Form.Age", _) => $"Limber is for adults: enter an age from 16 to 110{Entered(form.Age)}.",
            ("Form.EpisodeStarted", _) when missing => "Please say when this bout started: pick one of the quick answers or a date.",
            ("Form.EpisodeStarted", IntakeProblemCodes.InFuture) => "This cannot be in the future; choose when it started.",
            ("Form.EpisodeStarted", _) => "Choose a date from the picker, or one of the quick answers.",
            ("Form.Pain", _) => "Choose your pain right now, from 0 (none) to 10 (worst imaginable).",
            ("Form.Stiffness", _) => "Choose your stiffness right now, from 0 (loose) to 10 (cannot move).",
            ("Form.PregnancyWeeks", _) when missing => "Please enter how many weeks pregnant you are (1 to 42).",
            ("Form.PregnancyWeeks", IntakeProblemCodes.NotAllowed) => "Tick \"I am pregnant\" above, or leave the weeks empty.",
            ("Form.PregnancyWeeks", _) => $"Enter a whole number of weeks from 1 to 42{Entered(form.PregnancyWeeks)}.",
            ("Form.Minutes", _) => $"Enter a whole number of minutes from 5 to 60{Entered(form.Minutes)}.",
            ("Form.MorningStiffnessMinutes", _) => $"Enter how many minutes it took to loosen up, a whole number from 0 to {IntakeReader.MaxMorningStiffnessMinutes}, or leave it empty{Entered(form.MorningStiffnessMinutes)}.",
            (_, IntakeProblemCodes.UnknownCode) => $"{Offered(problem.Path, form)} is not one of the answers offered here; choose from the list.",
            (_, IntakeProblemCodes.Repeated) => "The same answer was sent twice; tick it once.",
            (_, IntakeProblemCodes.WrongType) => "Choose one of the answers offered here.",
            _ => char.ToUpperInvariant(problem.Message[0]) + problem.Message[1..] + (problem.Message.EndsWith('.') ? "" : "."),
        };
    }

    /// <summary>The field the safety-list answer belongs to.</summary>
    public const string SafetyField = "Form.RedFlags";

    private static string Entered(string? typed) => string.IsNullOrWhiteSpace(typed) ? "" : $" (you entered {typed.Trim()})";

    /// <summary>The answer a problem is about, from the form (<c>intake.equipment[2]</c> is the third ticked equipment).</summary>
    private static string Offered(string path, CheckInForm form)
    {
        var single = path switch
        {
            "intake.cause" => form.Cause,
            "intake.painSpread" => form.PainSpread,
            "intake.thermalPreference" => form.ThermalPreference,
            _ => null,
        };
        if (single is not null)
        {
            return $"\"{single}\"";
        }

        var open = path.IndexOf('[', StringComparison.Ordinal);
        var close = path.IndexOf(']', StringComparison.Ordinal);
        if (!path.StartsWith("intake.", StringComparison.Ordinal) || open < "intake.".Length || close < open
            || !int.TryParse(path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return "This answer";
        }

        List<string> answers = path["intake.".Length..open] switch
        {
            "redFlags" => form.RedFlags,
            "conditions" => form.Conditions,
            "equipment" => form.Equipment,
            _ => [],
        };
        return index < answers.Count ? $"\"{answers[index]}\"" : "This answer";
    }

    /// <summary>The plan id only: its status is triage's outcome, which is health data and never logged next to an id.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Issued plan {PlanId}")]
    private static partial void LogPlanIssued(ILogger logger, Guid planId);
}
