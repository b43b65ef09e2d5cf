using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;
using Limber.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Pages.CheckIn;

/// <summary>The check-in: red-flag questions first, then the rest of the intake; posts make a plan.</summary>
public sealed partial class IndexModel(LimberDb db, DailyPlanner planner, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    [BindProperty]
    public CheckInForm Form { get; set; } = new();

    /// <summary>Form-level problems that belong to no single field.</summary>
    public List<string> FormProblems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
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

            ModelState.AddModelError(field, Sentence(message));
        }

        if (read.Intake is not { } intake || !ModelState.IsValid)
        {
            return Page();
        }

        var plan = planner.Create(intake);
        var checkIn = new Data.CheckIn { Id = Guid.NewGuid(), CreatedAt = clock.GetUtcNow().UtcDateTime, IntakeJson = intakeJson };
        var stored = new StoredPlan
        {
            Id = Guid.NewGuid(),
            CreatedAt = checkIn.CreatedAt,
            Status = Code.Of(plan.Status),
            Stage = Code.Of(plan.Stage),
            PainBefore = intake.Pain,
            StiffnessBefore = intake.Stiffness,
            PlanJson = LimberJson.Serialize(plan),
        };
        checkIn.Plans.Add(stored);
        db.CheckIns.Add(checkIn);
        await db.SaveChangesAsync(cancellationToken);
        LogPlanIssued(logger, stored.Id, stored.Status);
        return RedirectToPage("/Plans/Show", new { id = stored.Id });
    }

    private static string Sentence(string message) => char.ToUpperInvariant(message[0]) + message[1..] + (message.EndsWith('.') ? "" : ".");

    [LoggerMessage(Level = LogLevel.Information, Message = "Issued plan {PlanId} with status {Status}")]
    private static partial void LogPlanIssued(ILogger logger, Guid planId, string status);
}
