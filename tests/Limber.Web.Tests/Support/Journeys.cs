using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Limber.Core.Planning;
using Limber.Web.Pages.Plans;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Support;

/// <summary>What a person does in the app, step by step, for tests that need a plan or a session to exist.</summary>
public static partial class Journeys
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>A <c>datetime-local</c> value, as the browser sends it.</summary>
    public static string Local(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Fills the check-in as a 40-year-old desk worker would: "None of these apply" to the safety list, three days of tightness after
    /// long sitting, pain 4, stiffness 6, a mat and a chair, 15 minutes. Every answer is set, so what the page
    /// carried over from an earlier check-in does not matter.
    /// </summary>
    public static FormData FillValid(FormData form, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(form);
        return form
            .Remove("Form.RedFlags")
            .Check("Form.NoRedFlags", "true")
            .Remove("Form.Conditions")
            .Remove("Form.Equipment")
            .Set("Form.PregnancyWeeks", "")
            .Uncheck("Form.FirstEpisode", "true")
            .Set("Form.PainSpread", "none")
            .Set("Form.CanGetToFloor", "yes")
            .Set("Form.CanKneel", "yes")
            .Set("Form.ThermalPreference", "none")
            .Set("Form.Age", "40")
            .Set("Form.EpisodeAgo", "date")
            .Set("Form.EpisodeStarted", Local(now.AddDays(-3)))
            .Set("Form.Cause", "sitting")
            .Set("Form.Pain", "4")
            .Set("Form.Stiffness", "6")
            .Check("Form.Equipment", "mat")
            .Check("Form.Equipment", "chair")
            .Set("Form.Minutes", "15");
    }

    /// <summary>Opens the check-in and fills it validly; <paramref name="change"/> then edits it.</summary>
    public static async Task<FormData> FilledCheckInAsync(Browser browser, DateTimeOffset now, Action<FormData>? change = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.OpenAsync("/check-in");
        var form = FillValid(page.Form("#check-in"), now);
        change?.Invoke(form);
        return form;
    }

    /// <summary>Checks in and returns the id of the plan the app redirected to.</summary>
    public static async Task<Guid> CheckInAsync(Browser browser, DateTimeOffset now, Action<FormData>? change = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var response = await browser.SubmitAsync(await FilledCheckInAsync(browser, now, change));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return PlanIdOf(Browser.LocationOf(response));
    }

    /// <summary>Presses "Start the session" on the plan page and returns the session id it redirected to.</summary>
    public static async Task<Guid> StartSessionAsync(Browser browser, Guid planId)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var page = await browser.OpenAsync($"/plans/{planId}");
        var response = await browser.SubmitAsync(page.FormOf("#start-session"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return SessionIdOf(Browser.LocationOf(response));
    }

    /// <summary>Checks in and starts the session.</summary>
    public static async Task<(Guid PlanId, Guid SessionId)> StartTodaysSessionAsync(Browser browser, DateTimeOffset now)
    {
        var planId = await CheckInAsync(browser, now);
        return (planId, await StartSessionAsync(browser, planId));
    }

    /// <summary>Marks a session finished (completed) through the API.</summary>
    public static async Task FinishAsync(Browser browser, Guid sessionId, string? stoppedFor = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var response = await browser.Client.PostAsJsonAsync(new Uri($"/api/sessions/{sessionId}/finish", UriKind.Relative), new { stoppedFor });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    /// <summary>The plan as the app stored it when it was issued.</summary>
    public static async Task<Plan> StoredPlanAsync(LimberWebFactory app, Guid planId)
    {
        ArgumentNullException.ThrowIfNull(app);
        var json = await app.WithDbAsync(db => db.Plans.Where(p => p.Id == planId).Select(p => p.PlanJson).SingleAsync());
        return ShowModel.Read(json);
    }

    public static Guid PlanIdOf(string location) => IdAfter(PlanLocation(), location);

    public static Guid SessionIdOf(string location) => IdAfter(SessionLocation(), location);

    private static Guid IdAfter(Regex pattern, string location)
    {
        var match = pattern.Match(location);
        match.Success.ShouldBeTrue($"unexpected redirect to '{location}'");
        return Guid.Parse(match.Groups[1].Value);
    }

    [GeneratedRegex("^/plans/([0-9a-f-]{36})$")]
    private static partial Regex PlanLocation();

    [GeneratedRegex("^/sessions/([0-9a-f-]{36})$")]
    private static partial Regex SessionLocation();
}
