using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Safety;

/// <summary>
/// A stop in force: the latest check-in's triage was not ok, so no session may start or resume until the
/// person checks in again and triage is ok. Every path that starts or continues a session asks
/// <see cref="CurrentAsync"/> on the server (the plan page's Start, the player page, and the session API),
/// so hiding a button is never the only guard.
/// </summary>
public sealed record SafetyStop(Guid PlanId, PlanStatus Status, DateTime At)
{
    /// <summary>The problem type of the API's 409 answer while a stop is in force.</summary>
    public const string ProblemType = "https://limber.app/problems/safety-stop";

    /// <summary>
    /// The stop in force, or null when the latest check-in was ok (or there is none). The latest is the
    /// newest by time, and of check-ins stored at the very same instant, the one stored last.
    /// </summary>
    public static async Task<SafetyStop?> CurrentAsync(LimberDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Plans are numbered as stored; a check-in stores exactly one plan.
        var latest = await db.Plans.AsNoTracking()
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Number)
            .Select(p => new LatestPlan(p.Id, p.Status, p.CreatedAt))
            .Take(1)
            .ToListAsync(cancellationToken);
        return latest is [var plan] ? Of(plan.Id, plan.Status, plan.CreatedAt) : null;
    }

    /// <summary>The stop that the latest plan (found by the caller the same way as <see cref="CurrentAsync"/>) puts in force, or null when it was ok.</summary>
    public static SafetyStop? Of(Guid latestPlanId, string status, DateTime createdAt) =>
        status == "ok" ? null : new SafetyStop(latestPlanId, LevelOf(status), DateTime.SpecifyKind(createdAt, DateTimeKind.Utc));

    /// <summary>A stored status; one the code does not know is taken as the most serious.</summary>
    private static PlanStatus LevelOf(string status) =>
        Code.TryParse<PlanStatus>(status, out var level) ? level : PlanStatus.Emergency;

    /// <summary>The API's answer while a stop is in force: 409 problem+json naming the stop plan.</summary>
    public IResult Problem() => Results.Problem(
        statusCode: StatusCodes.Status409Conflict,
        type: ProblemType,
        title: "Sessions are paused: the latest check-in needs a clinician first.",
        detail: "No session can start, resume or record progress until a new check-in finds no sign that needs a doctor.",
        extensions: new Dictionary<string, object?>
        {
            ["planId"] = PlanId,
            ["planStatus"] = Code.Of(Status),
            ["checkIn"] = "/check-in",
        });
}

/// <summary>Refuses a session endpoint with 409 while a <see cref="SafetyStop"/> is in force.</summary>
internal sealed class SafetyStopFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var db = http.RequestServices.GetRequiredService<LimberDb>();
        return await SafetyStop.CurrentAsync(db, http.RequestAborted) is { } stop ? stop.Problem() : await next(context);
    }
}

/// <summary>Extension to put the stop guard on an endpoint.</summary>
internal static class SafetyStopEndpoints
{
    /// <summary>While a stop is in force, this endpoint answers 409 problem+json instead of running.</summary>
    public static RouteHandlerBuilder RefusedDuringSafetyStop(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<SafetyStopFilter>().ProducesProblem(StatusCodes.Status409Conflict);
}

/// <summary>The columns <see cref="SafetyStop.CurrentAsync"/> reads of the latest plan.</summary>
internal sealed record LatestPlan(Guid Id, string Status, DateTime CreatedAt);
