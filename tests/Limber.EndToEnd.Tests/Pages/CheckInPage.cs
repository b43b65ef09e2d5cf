using System.Globalization;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests.Pages;

/// <summary>The check-in form, filled the way a person fills it: typing, clicking labels, ticking boxes.</summary>
public sealed class CheckInPage(IPage page)
{
    public static class Selectors
    {
        public const string Form = "form#check-in";
        public const string Age = "#age";
        public const string Started = "#started";
        public const string Minutes = "#minutes";
        public const string Cause = "#cause";
        public const string Submit = "form#check-in button[type=submit]";
        public const string Errors = "#form-errors";
        public const string FieldErrors = ".field-error:not(:empty)";
        public const string SafetyError = "#safety-error";
        public const string UsualAnswers = "details#lasting";

        /// <summary>The label of one number on a 0–10 scale; its radio is visually hidden inside it.</summary>
        public static string Scale(string name, int value) => $"label:has(> input[name='Form.{name}'][value='{value}'])";
    }

    public async Task OpenAsync()
    {
        await page.GotoAsync("/check-in");
        await page.Locator(Selectors.Form).WaitForAsync();
    }

    public Task AgeAsync(int age) => page.FillAsync(Selectors.Age, age.ToString(CultureInfo.InvariantCulture));

    /// <summary>The day the bout started, typed into the date picker (the browser's time zone).</summary>
    public Task StartedAsync(DateTime local) => page.FillAsync(Selectors.Started, local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>"None of these apply to me": the explicit answer to the safety list.</summary>
    public Task NoneOfTheseAppliesAsync() => TickAsync("None of these apply to me");

    /// <summary>A returning person's usual answers are folded away; this opens them (a no-op when open).</summary>
    public async Task OpenUsualAnswersAsync()
    {
        var details = page.Locator(Selectors.UsualAnswers);
        if (await details.GetAttributeAsync("open") is null)
        {
            await details.Locator("summary").ClickAsync();
        }
    }

    public Task PainAsync(int value) => page.Locator(Selectors.Scale("Pain", value)).ClickAsync();

    public Task StiffnessAsync(int value) => page.Locator(Selectors.Scale("Stiffness", value)).ClickAsync();

    /// <summary>Ticks a checkbox or picks a radio by the words beside it.</summary>
    public Task TickAsync(string label) => page.GetByLabel(label, new PageGetByLabelOptions { Exact = true }).CheckAsync();

    public Task MinutesAsync(int minutes) => page.FillAsync(Selectors.Minutes, minutes.ToString(CultureInfo.InvariantCulture));

    /// <summary>Submits and expects a plan (or the stop page, which lives at the plan's address too).</summary>
    public async Task<PlanPage> MakePlanAsync()
    {
        await page.ClickAsync(Selectors.Submit);
        await page.WaitForURLAsync(PlanPage.Address);
        return new PlanPage(page);
    }

    /// <summary>Submits and expects the form back with its problems marked.</summary>
    public async Task SubmitExpectingErrorsAsync()
    {
        await page.ClickAsync(Selectors.Submit);
        await page.Locator(Selectors.Errors).WaitForAsync();
    }

    /// <summary>
    /// A person with none of the warning signs, a tight back for two days, a mat to hand and a short session.
    /// </summary>
    public async Task<PlanPage> CheckInWithATightBackAsync(DateTimeOffset now, int minutes = 5)
    {
        await OpenAsync();
        await NoneOfTheseAppliesAsync();
        await AgeAsync(47);
        await StartedAsync(now.UtcDateTime.AddDays(-2));
        await page.SelectOptionAsync(Selectors.Cause, new SelectOptionValue { Label = "Long sitting" });
        await PainAsync(4);
        await StiffnessAsync(6);
        await OpenUsualAnswersAsync();
        await TickAsync("Exercise mat");
        await MinutesAsync(minutes);
        return await MakePlanAsync();
    }
}
