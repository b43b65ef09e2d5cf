using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Limber.Web.Tests.Api;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Reminders;

/// <summary><c>PUT/GET/DELETE /api/reminders</c> and the calendar feed they publish, read back by a second parser.</summary>
public sealed class CalendarFeedTests : IDisposable
{
    private readonly LimberWebFactory _app = new();
    private readonly HttpClient _client;

    public CalendarFeedTests() => _client = _app.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
    }

    private Task<HttpResponseMessage> PutAsync(string json) =>
        _client.PutAsync(new Uri("/api/reminders", UriKind.Relative), new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    private async Task<string> CalendarUrlAsync(string json)
    {
        var response = await PutAsync(json);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("calendarUrl").GetString().ShouldNotBeNull();
    }

    private async Task<ParsedCalendar> FeedAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType.ShouldNotBeNull().MediaType.ShouldBe("text/calendar");
        return IcalendarParser.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_feed_is_a_weekly_event_at_the_local_time_in_its_zone_with_an_alarm()
    {
        var url = await CalendarUrlAsync("""{"days":["mon","wed","fri"],"time":"07:30","timeZone":"America/New_York"}""");
        url.ShouldMatch("^/calendar/[A-Za-z0-9_-]{40,}\\.ics$");

        var feed = await FeedAsync(url);

        feed.Version.ShouldBe("2.0");
        feed.Timezones.ShouldBe(["America/New_York"]);
        var weekly = feed.Events.ShouldHaveSingleItem();
        weekly.Rrule.ShouldNotBeNull()["FREQ"].ShouldBe(["WEEKLY"]);
        weekly.Rrule["BYDAY"].ShouldBe(["MO", "WE", "FR"]);
        weekly.Tzid.ShouldBe("America/New_York");

        // The clock is Wednesday 18 November 2026, 09:00 UTC (04:00 in New York): the first reminder is that Wednesday at 07:30, EST.
        weekly.Start.ShouldBe("2026-11-18T07:30");
        weekly.UtcOffsetMinutes.ShouldBe(-300);
        weekly.Alarms.ShouldHaveSingleItem().ShouldBe(new ParsedAlarm("DISPLAY", -10));
    }

    [Fact]
    public async Task Changing_the_reminders_changes_what_the_same_url_serves()
    {
        var url = await CalendarUrlAsync("""{"days":["mon","wed","fri"],"time":"07:30","timeZone":"Europe/London"}""");

        var again = await CalendarUrlAsync("""{"days":["tue","sat"],"time":"18:45","timeZone":"Europe/Berlin"}""");
        var feed = await FeedAsync(url);

        again.ShouldBe(url);
        var weekly = feed.Events.ShouldHaveSingleItem();
        weekly.Rrule.ShouldNotBeNull()["BYDAY"].ShouldBe(["TU", "SA"]);
        weekly.Start.ShouldEndWith("T18:45");
        weekly.Tzid.ShouldBe("Europe/Berlin");
        weekly.UtcOffsetMinutes.ShouldBe(60);
    }

    [Fact]
    public async Task A_wrong_token_answers_404()
    {
        var url = await CalendarUrlAsync("""{"days":["mon"],"time":"07:30","timeZone":"Europe/London"}""");
        var wrong = url[..^8] + (url[^8] == 'A' ? 'B' : 'A') + url[^7..];

        (await _client.GetAsync(new Uri(wrong, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync(new Uri("/calendar/not-a-token.ics", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Ending_the_reminders_revokes_the_token_and_setting_them_again_makes_a_new_one()
    {
        var url = await CalendarUrlAsync("""{"days":["mon"],"time":"07:30","timeZone":"Europe/London"}""");

        var ended = await _client.DeleteAsync(new Uri("/api/reminders", UriKind.Relative));

        ended.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _client.GetAsync(new Uri("/api/reminders", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var fresh = await CalendarUrlAsync("""{"days":["mon"],"time":"07:30","timeZone":"Europe/London"}""");
        fresh.ShouldNotBe(url);
        (await _client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Get_answers_the_reminders_as_set()
    {
        var url = await CalendarUrlAsync("""{"days":["fri","mon"],"time":"7:05","timeZone":"Europe/London"}""");

        var reminders = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/reminders", UriKind.Relative));

        reminders.GetProperty("days").EnumerateArray().Select(d => d.GetString()).ShouldBe(["mon", "fri"]);
        reminders.GetProperty("time").GetString().ShouldBe("07:05");
        reminders.GetProperty("timeZone").GetString().ShouldBe("Europe/London");
        reminders.GetProperty("calendarUrl").GetString().ShouldBe(url);
    }

    [Theory]
    [InlineData("""{"days":[],"time":"07:30","timeZone":"Europe/London"}""", "days")]
    [InlineData("""{"days":["someday"],"time":"07:30","timeZone":"Europe/London"}""", "days")]
    [InlineData("""{"days":["mon"],"time":"25:00","timeZone":"Europe/London"}""", "time")]
    [InlineData("""{"days":["mon"],"time":"07:30","timeZone":"Mars/Olympus"}""", "timeZone")]
    [InlineData("""{"days":["mon"],"time":"07:30"}""", "timeZone")]
    [InlineData("""{"days":["mon"],"time":"07:30","timeZone":"Europe/London","colour":"blue"}""", "body")]
    [InlineData("""{"days":"mon""", "body")]
    public async Task Bad_reminders_answer_400_problem_json_naming_the_field(string json, string field)
    {
        var response = await PutAsync(json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync()).Keys.ShouldContain(field);
        (await _client.GetAsync(new Uri("/api/reminders", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_rated_session_adds_a_next_morning_question_until_next_day_pain_is_given()
    {
        var url = await CalendarUrlAsync("""{"days":["mon","wed","fri"],"time":"18:00","timeZone":"Europe/London"}""");
        var (_, sessionId, _) = await Seed.SessionAsync(_app);
        await Seed.RatingAsync(_app, sessionId);

        var feed = await FeedAsync(url);

        feed.Events.Count.ShouldBe(2);
        var ask = feed.Events.Single(e => e.Rrule is null);
        ask.Summary.ShouldBe("Limber: how is your back today?");
        ask.Start.ShouldBe("2026-11-19T08:00");
        ask.Tzid.ShouldBe("Europe/London");
        ask.Alarms.ShouldHaveSingleItem().Action.ShouldBe("DISPLAY");

        await _app.WithDbAsync(async db =>
        {
            var rating = await db.Ratings.SingleAsync(r => r.SessionRunId == sessionId);
            rating.NextDayPain = 2;
            return await db.SaveChangesAsync();
        });
        (await FeedAsync(url)).Events.ShouldHaveSingleItem().Rrule.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_feed_asks_about_a_rated_session_without_repeating_its_note()
    {
        var url = await CalendarUrlAsync("""{"days":["mon"],"time":"07:30","timeZone":"Europe/London"}""");
        var (_, sessionId, _) = await Seed.SessionAsync(_app);
        await Seed.RatingAsync(_app, sessionId, painAfter: 7, note: "sore after the bridge");

        var text = await _client.GetStringAsync(new Uri(url, UriKind.Relative));

        text.ShouldContain("how is your back today?");
        text.ShouldNotContain("sore after the bridge");
    }
}
