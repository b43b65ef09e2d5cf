namespace Limber.Web.Tests.Support;

/// <summary>App bugs these tests found; each skipped test names one. Remove the skip once the bug is fixed.</summary>
internal static class AppBugs
{
    /// <summary>ApiEndpoints.SaveProgress/Rate and Sessions/Rate.cshtml.cs.</summary>
    public const string NewSessionChildIsUpdated =
        "app bug: a new BlockProgress/Rating with a preset Guid key is attached through the tracked session " +
        "(session.Progress.Add(...), session.Rating ??= new ...), so EF issues an UPDATE and throws DbUpdateConcurrencyException. " +
        "Repro: start a session, POST /api/sessions/{id}/progress {\"blockIndex\":0,\"exerciseId\":\"cat-cow\",\"outcome\":\"done\"} " +
        "(or /rating, or the rating page) -> empty 400 (500 in Development), nothing saved.";

    /// <summary>Pages/Index.cshtml(.cs): the next-day form.</summary>
    public const string NextDayAnswerNeverBinds =
        "app bug: the home page's next-day radios are named Form.NextDayPain (the shared _Scale partial adds \"Form.\") but " +
        "IndexModel binds a top-level NextDayPain, so every answer is refused with \"Choose your pain today, from 0 to 10.\". " +
        "Repro: rate a session, move to the next day, pick 3 on / and Save -> 200 with that error, nothing saved.";
}
