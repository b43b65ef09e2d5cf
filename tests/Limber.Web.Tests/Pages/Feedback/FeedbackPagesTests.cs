using System.Net;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Pages.Feedback;

public sealed class FeedbackPagesTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly Browser _browser;

    public FeedbackPagesTests() => _browser = _app.CreateBrowser();

    public void Dispose()
    {
        _browser.Dispose();
        _app.Dispose();
    }

    [Theory]
    [InlineData("/learn/staying-active")]
    [InlineData("/exercises/cat-cow")]
    public async Task Article_and_exercise_pages_ask_was_this_helpful_and_offer_to_report_an_error(string url)
    {
        var page = await _browser.OpenAsync(url);

        var section = page.Find("#feedback");
        section.QuerySelector("legend").ShouldNotBeNull().TextContent.ShouldBe("Was this helpful?");
        section.QuerySelector("summary").ShouldNotBeNull().TextContent.ShouldBe("Report an error");
        page.Form("#feedback form.feedback-helpful").Get("Form.Page").ShouldBe(url);
    }

    [Fact]
    public async Task Saying_an_exercise_page_helped_comes_back_with_thanks_and_is_listed_for_review()
    {
        var page = await _browser.OpenAsync("/exercises/cat-cow");
        var form = page.Form("#feedback form.feedback-helpful").Set("Form.Helpful", "true").Set("Form.Note", "The figure made it clear");

        var response = await _browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe("/exercises/cat-cow?feedback=thanks#feedback");
        var back = await _browser.FollowAsync(response);
        back.Find("#feedback-sent").TextContent.ShouldContain("Thank you");

        var review = await _browser.OpenAsync("/feedback");
        var row = HtmlPage.Collapse(review.Find("table.feedback-list tbody tr").TextContent);
        row.ShouldContain("Cat-cow");
        row.ShouldContain("Helpful");
        row.ShouldContain("The figure made it clear");
    }

    [Fact]
    public async Task Reporting_an_error_on_an_article_is_kept_as_an_error_report()
    {
        var page = await _browser.OpenAsync("/learn/heat-or-cold");
        var form = page.FormOf("#feedback-error-note").Set("Form.Note", "Reference 3 looks wrong");

        var response = await _browser.SubmitAsync(form);

        Browser.LocationOf(response).ShouldBe("/learn/heat-or-cold?feedback=error#feedback");
        var kept = await _app.WithDbAsync(db => db.Feedback.SingleAsync());
        kept.ReportsError.ShouldBeTrue();
        kept.Note.ShouldBe("Reference 3 looks wrong");
        HtmlPage.Collapse((await _browser.OpenAsync("/feedback")).Find("table.feedback-list tbody tr").TextContent).ShouldContain("Error report");
    }

    [Fact]
    public async Task Feedback_that_cannot_be_kept_says_why_and_keeps_the_note_for_another_try()
    {
        var page = await _browser.OpenAsync("/learn/heat-or-cold");
        var form = page.Form("#feedback form.feedback-helpful").Set("Form.Note", "I meant to press yes");

        var shown = await _browser.SubmitForPageAsync(form);

        shown.Status.ShouldBe(HttpStatusCode.OK);
        shown.Find("#form-errors").TextContent.ShouldContain("must be true or false");
        shown.Find("#retry-note").TextContent.ShouldBe("I meant to press yes");
        (await _app.WithDbAsync(db => db.Feedback.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task The_review_page_says_when_there_is_no_feedback_yet()
    {
        var page = await _browser.OpenAsync("/feedback");

        page.Text.ShouldContain("No feedback yet");
    }
}
