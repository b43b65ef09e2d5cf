using System.Net;
using System.Text.Json;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Infrastructure;

/// <summary>API errors are problem+json (not the HTML "Not found" page); people still get pages.</summary>
public sealed class ProblemsTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private readonly HttpClient _client = app.CreateClient();

    public void Dispose() => _client.Dispose();

    public static TheoryData<string, string, string?, HttpStatusCode> ApiErrors => new()
    {
        { "GET", $"/api/sessions/{Guid.NewGuid()}", null, HttpStatusCode.NotFound },
        { "POST", $"/api/sessions/{Guid.NewGuid()}/finish", """{"stoppedFor": null}""", HttpStatusCode.NotFound },
        { "POST", $"/api/sessions/{Guid.NewGuid()}/progress", """{"blockIndex": 0, "exerciseId": "cat-cow", "outcome": "done"}""", HttpStatusCode.NotFound },
        { "POST", $"/api/sessions/{Guid.NewGuid()}/rating", """{"painAfter": 1, "stiffnessAfter": 1, "difficulty": "right"}""", HttpStatusCode.NotFound },
        { "POST", $"/api/sessions/{Guid.NewGuid()}/next-day", """{"nextDayPain": 2}""", HttpStatusCode.NotFound },
        { "GET", "/api/nothing-here", null, HttpStatusCode.NotFound },
        { "GET", "/api/sessions/not-a-guid", null, HttpStatusCode.NotFound },
        { "GET", "/api/plan", null, HttpStatusCode.MethodNotAllowed },
        { "DELETE", "/api/catalog", null, HttpStatusCode.MethodNotAllowed },
        { "PUT", $"/api/sessions/{Guid.NewGuid()}/finish", """{"stoppedFor": null}""", HttpStatusCode.MethodNotAllowed },
    };

    [Theory]
    [MemberData(nameof(ApiErrors))]
    public async Task An_api_error_is_problem_json_with_its_status(string method, string url, string? body, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe((int)status);
    }

    [Fact]
    public async Task An_unknown_page_is_still_the_friendly_html_page()
    {
        using var response = await _client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
    }

    [Fact]
    public async Task A_check_in_sent_with_an_expired_form_token_keeps_the_answers_asks_to_send_again_and_saves_nothing()
    {
        using var browser = app.CreateBrowser();
        var form = await Journeys.FilledCheckInAsync(browser, app.Clock.GetUtcNow(), f => f.Set("Form.Age", "47").Set(Journeys.AntiforgeryField, "expired"));
        var before = await app.WithDbAsync(db => db.Plans.CountAsync());

        using var response = await browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await Browser.ParseAsync("/check-in", response);
        page.Document.QuerySelector("#form-expired")!.TextContent.ShouldContain("send again");
        page.Form("#check-in").Get("Form.Age").ShouldBe("47");
        page.Form("#check-in").Get(Journeys.AntiforgeryField).ShouldNotBe("expired");
        (await app.WithDbAsync(db => db.Plans.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_start_sent_with_an_expired_form_token_asks_to_reload_and_starts_nothing()
    {
        using var browser = app.CreateBrowser();
        var planId = await Journeys.CheckInAsync(browser, app.Clock.GetUtcNow());
        var form = (await browser.OpenAsync($"/plans/{planId}")).FormOf("#start-session").Set(Journeys.AntiforgeryField, "expired");

        using var response = await browser.SubmitAsync(form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await Browser.ParseAsync($"/plans/{planId}", response);
        page.Text.ShouldContain("send it again");
        page.Text.ShouldNotContain("Not found");
        (await app.WithDbAsync(db => db.Sessions.AnyAsync(s => s.PlanId == planId))).ShouldBeFalse();
    }
}
