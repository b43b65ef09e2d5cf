using System.Net;
using System.Net.Http.Json;
using Limber.Data;
using Limber.Web.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Limber.Web.Tests.Accounts;

/// <summary>
/// Hosted mode as people and an attacker use it: health data needs a signed-in person (pages redirect to
/// sign-in, the API answers 401), and one account's ids answer 404 on every route to another account.
/// </summary>
public sealed class HostedAccessTests(HostedAccessTests.Site site) : IClassFixture<HostedAccessTests.Site>
{
    /// <summary>One hosted app for the class, with Ann's records in it.</summary>
    public sealed class Site : IAsyncLifetime, IDisposable
    {
        public LimberWebFactory App { get; } = new() { Hosted = true };

        public Guid AnnPlan { get; private set; }

        public Guid AnnSession { get; private set; }

        public Guid AnnRatedSession { get; private set; }

        public string AnnFeed { get; private set; } = "";

        public async Task InitializeAsync()
        {
            using var ann = App.CreateBrowser();
            await Support.Accounts.RegisterAsync(ann, "ann@example.org");
            var now = App.Clock.GetUtcNow();
            (AnnPlan, AnnSession) = await Journeys.StartTodaysSessionAsync(ann, now);
            var (_, rated) = await Journeys.StartTodaysSessionAsync(ann, now);
            await Journeys.FinishAsync(ann, rated);
            using var rating = await ann.Client.PostAsJsonAsync(new Uri($"/api/sessions/{rated}/rating", UriKind.Relative), new { painAfter = 2, stiffnessAfter = 3, difficulty = "right" });
            rating.StatusCode.ShouldBe(HttpStatusCode.NoContent);
            AnnRatedSession = rated;
            using var reminders = await ann.Client.PutAsJsonAsync(new Uri("/api/reminders", UriKind.Relative), new { days = new[] { "mon" }, time = "07:30", timeZone = "Europe/London" });
            reminders.StatusCode.ShouldBe(HttpStatusCode.OK);
            AnnFeed = (await reminders.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["calendarUrl"].ToString()!;
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => App.Dispose();
    }

    private LimberWebFactory App => site.App;

    public static TheoryData<string> PrivatePages => ["/check-in", "/history", "/reminders", "/feedback", "/progress", "/progress/activities", "/progress/scores", "/progress/print", "/account/passkeys", "/data", "/data/delete"];

    public static TheoryData<string> OpenPages => ["/", "/account/login", "/account/register", "/sources", "/exercises", "/exercises/cat-cow", "/learn", "/healthz", "/openapi/v1.json", "/figures/cat-cow.svg"];

    [Theory]
    [MemberData(nameof(PrivatePages))]
    public async Task A_signed_out_page_request_is_sent_to_sign_in(string path)
    {
        using var browser = App.CreateBrowser();

        var response = await browser.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Browser.LocationOf(response).ShouldBe($"/account/login?returnUrl={Uri.EscapeDataString(path)}");
    }

    [Fact]
    public async Task Signed_out_requests_for_anns_records_are_sent_to_sign_in_or_answered_401()
    {
        using var browser = App.CreateBrowser();
        foreach (var page in (string[])[$"/plans/{site.AnnPlan}", $"/plans/{site.AnnPlan}/print", $"/sessions/{site.AnnSession}", $"/sessions/{site.AnnRatedSession}/rate"])
        {
            var response = await browser.Client.GetAsync(new Uri(page, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            Browser.LocationOf(response).ShouldStartWith("/account/login?returnUrl=", Case.Sensitive, page);
        }

        foreach (var (method, path) in ApiCalls(site.AnnSession, site.AnnRatedSession).Append((HttpMethod.Get, "/api/reminders")).Append((HttpMethod.Post, "/api/feedback")))
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(new { }) };
            using var response = await browser.Client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{method} {path}");
        }
    }

    [Theory]
    [MemberData(nameof(OpenPages))]
    public async Task Pages_that_hold_no_health_data_stay_open(string path)
    {
        using var browser = App.CreateBrowser();

        var response = await browser.Client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
    }

    [Fact]
    public async Task The_plan_api_and_the_catalog_stay_open_without_an_account()
    {
        using var browser = App.CreateBrowser();

        using var catalog = await browser.Client.GetAsync(new Uri("/api/catalog", UriKind.Relative));
        using var plan = await browser.Client.PostAsync(new Uri("/api/plan", UriKind.Relative), new StringContent(Seed.DeskWorker, System.Text.Encoding.UTF8, "application/json"));

        catalog.StatusCode.ShouldBe(HttpStatusCode.OK);
        plan.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_home_page_signed_out_offers_sign_in_and_shows_nobodys_records()
    {
        using var browser = App.CreateBrowser();

        var home = await browser.OpenAsync("/");

        home.Has("a[href='/account/login']").ShouldBeTrue();
        home.Html.ShouldNotContain(site.AnnPlan.ToString());
        home.Html.ShouldNotContain(site.AnnSession.ToString());
    }

    [Fact]
    public async Task Another_accounts_ids_answer_404_on_every_page_and_endpoint()
    {
        using var bob = App.CreateBrowser();
        await Support.Accounts.RegisterAsync(bob, $"bob-{Guid.NewGuid():N}");
        var bobsForm = (await bob.OpenAsync("/check-in")).FormOf("#check-in");
        var token = bobsForm.Fields.First(f => f.Key == Journeys.AntiforgeryField).Value;

        foreach (var page in (string[])[$"/plans/{site.AnnPlan}", $"/plans/{site.AnnPlan}/print", $"/sessions/{site.AnnSession}", $"/sessions/{site.AnnRatedSession}/rate"])
        {
            (await bob.GetAsync(page)).Status.ShouldBe(HttpStatusCode.NotFound, $"GET {page}");
        }

        foreach (var (page, fields) in PagePosts(site.AnnPlan, site.AnnRatedSession))
        {
            using var content = new FormUrlEncodedContent(fields.Append(new(Journeys.AntiforgeryField, token)));
            using var response = await bob.Client.PostAsync(new Uri(page, UriKind.Relative), content);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"POST {page}");
        }

        foreach (var (method, path) in ApiCalls(site.AnnSession, site.AnnRatedSession))
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(BodyFor(path)) };
            using var response = await bob.Client.SendAsync(request);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {path}");
        }

        // Bob has no reminders of his own, and cannot reach Ann's.
        using (var reminders = await bob.Client.GetAsync(new Uri("/api/reminders", UriKind.Relative)))
        {
            reminders.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        // Nothing of Ann's changed: her open session is still open with no progress, her rating has no next-day pain.
        var annId = await App.WithDbAsync(Owners.Nobody, db => db.Users.Where(u => u.UserName == "ann@example.org").Select(u => u.Id).SingleAsync());
        var open = await App.WithDbAsync(annId, db => db.Sessions.Include(s => s.Progress).SingleAsync(s => s.Id == site.AnnSession));
        open.EndedAt.ShouldBeNull();
        open.Progress.ShouldBeEmpty();
        (await App.WithDbAsync(annId, db => db.Ratings.SingleAsync(r => r.SessionRunId == site.AnnRatedSession))).NextDayPain.ShouldBeNull();
        (await App.WithDbAsync(annId, db => db.Sessions.CountAsync())).ShouldBe(2);
    }

    [Fact]
    public async Task Bobs_history_and_home_show_none_of_anns_records()
    {
        using var bob = App.CreateBrowser();
        await Support.Accounts.RegisterAsync(bob, $"bob-{Guid.NewGuid():N}");

        var history = await bob.OpenAsync("/history");
        var home = await bob.OpenAsync("/");

        foreach (var id in new[] { site.AnnPlan, site.AnnSession, site.AnnRatedSession })
        {
            history.Html.ShouldNotContain(id.ToString());
            home.Html.ShouldNotContain(id.ToString());
        }
    }

    [Fact]
    public async Task The_calendar_feed_is_opened_by_its_token_alone_and_shows_only_its_owners_reminders()
    {
        using var calendarApp = App.CreateBrowser();

        using var feed = await calendarApp.Client.GetAsync(new Uri(site.AnnFeed, UriKind.Relative));
        using var wrong = await calendarApp.Client.GetAsync(new Uri("/calendar/not-a-token.ics", UriKind.Relative));

        feed.StatusCode.ShouldBe(HttpStatusCode.OK);
        feed.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        wrong.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>
    /// Every route that takes a record's id is in the sweep above: a new one fails here until it is added
    /// (and shown to answer another account with 404).
    /// </summary>
    [Fact]
    public void The_sweep_covers_every_route_that_takes_an_id()
    {
        string[] swept =
        [
            "/plans/{id:guid}", "/plans/{id:guid}/print", "/sessions/{id:guid}", "/sessions/{id:guid}/rate",
            "/api/sessions/{id:guid}/", "/api/sessions/{id:guid}/progress", "/api/sessions/{id:guid}/finish",
            "/api/sessions/{id:guid}/rating", "/api/sessions/{id:guid}/next-day",

            // A catalog id, not a record of anyone's: the exercise library is open.
            "/exercises/{id}",
        ];
        var routes = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(pattern => pattern.Contains("{id", StringComparison.OrdinalIgnoreCase) || pattern.Contains("{sessionId", StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();

        routes.ShouldNotBeEmpty();
        routes.Where(r => !swept.Contains(r)).ShouldBeEmpty();
    }

    private static IEnumerable<(HttpMethod Method, string Path)> ApiCalls(Guid session, Guid rated) =>
    [
        (HttpMethod.Get, $"/api/sessions/{session}"),
        (HttpMethod.Post, $"/api/sessions/{session}/progress"),
        (HttpMethod.Post, $"/api/sessions/{session}/finish"),
        (HttpMethod.Post, $"/api/sessions/{rated}/rating"),
        (HttpMethod.Post, $"/api/sessions/{rated}/next-day"),
    ];

    private static IEnumerable<(string Page, IEnumerable<KeyValuePair<string, string>> Fields)> PagePosts(Guid plan, Guid rated) =>
    [
        ($"/plans/{plan}?handler=Start", []),
        ($"/sessions/{rated}/rate", [new("Form.PainAfter", "1"), new("Form.StiffnessAfter", "1"), new("Form.Difficulty", "right")]),
        ($"/?handler=NextDay&sessionId={rated}", [new("Form.NextDayPain", "3")]),
    ];

    private static object BodyFor(string path) => path switch
    {
        _ when path.EndsWith("/progress", StringComparison.Ordinal) => new { blockIndex = 0, exerciseId = "cat-cow", outcome = "done" },
        _ when path.EndsWith("/finish", StringComparison.Ordinal) => new { stoppedFor = (string?)null },
        _ when path.EndsWith("/rating", StringComparison.Ordinal) => new { painAfter = 1, stiffnessAfter = 1, difficulty = "right" },
        _ when path.EndsWith("/next-day", StringComparison.Ordinal) => new { nextDayPain = 3 },
        _ => new { },
    };
}
