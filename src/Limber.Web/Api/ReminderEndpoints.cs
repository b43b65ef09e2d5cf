using System.Text.Json;
using Limber.Core.Reminders;
using Limber.Data;
using Limber.Web.Reminders;

namespace Limber.Web.Api;

/// <summary>Reminders (<c>/api/reminders</c>) and the private calendar feed they publish (<c>/calendar/TOKEN.ics</c>).</summary>
internal static class ReminderEndpoints
{
    private static readonly JsonSerializerOptions Reading = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static void MapReminders(this IEndpointRouteBuilder app)
    {
        var reminders = app.MapGroup("/api/reminders");
        reminders.MapGet("/", Get)
            .Produces<ReminderResponse>()
            .WithSummary("The reminder days, time and time zone, and the calendar feed URL; 404 when no reminders are set.");
        reminders.MapPut("/", Put)
            .Accepts<ReminderRequest>("application/json")
            .Produces<ReminderResponse>()
            .ProducesValidationProblem()
            .WithSummary("Set or change the reminders: {\"days\":[\"mon\",\"wed\",\"fri\"],\"time\":\"07:30\",\"timeZone\":\"Europe/London\"}. The feed URL stays the same when changed.");
        reminders.MapDelete("/", Delete)
            .WithSummary("End the reminders and revoke the calendar feed; its URL then answers 404.");

        app.MapGet("/calendar/{token}.ics", Feed)
            .AllowAnonymous()
            .WithSummary("The private calendar feed (RFC 5545, text/calendar); an unknown token answers 404. Open in hosted mode: the token is the credential.");
    }

    private static async Task<IResult> Get(HttpContext context, ReminderBook book, CancellationToken cancellationToken) =>
        await book.FindAsync(cancellationToken) is { } setting
            ? Results.Ok(ReminderResponse.Of(setting, context.Request))
            : Results.NotFound();

    private static async Task<IResult> Put(HttpContext context, ReminderBook book, CancellationToken cancellationToken)
    {
        ReminderRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ReminderRequest>(context.Request.Body, Reading, cancellationToken);
        }
        catch (JsonException e)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["body"] = [$"is not reminders JSON at {e.Path ?? "$"}: expected {{\"days\": [\"mon\", ...], \"time\": \"HH:mm\", \"timeZone\": \"Europe/London\"}} and no other fields"] },
                title: "The reminders are not valid.");
        }

        var read = ReminderSchedule.Read(body?.Days, body?.Time, body?.TimeZone);
        if (read.Schedule is not { } schedule)
        {
            return Results.ValidationProblem(read.Problems.ToDictionary(p => p.Key, p => new[] { p.Value }), title: "The reminders are not valid.");
        }

        var setting = await book.SaveAsync(schedule, cancellationToken);
        return Results.Ok(ReminderResponse.Of(setting, context.Request));
    }

    private static async Task<IResult> Delete(ReminderBook book, CancellationToken cancellationToken)
    {
        await book.EndAsync(cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IResult> Feed(string token, HttpContext context, ReminderBook book, CancellationToken cancellationToken)
    {
        if (await book.FindByTokenAsync(token, cancellationToken) is not { } setting)
        {
            return Results.NotFound();
        }

        var schedule = ReminderSchedule.Saved(setting.Days, setting.Time, setting.TimeZone);
        var pending = await book.PendingNextDayAsync(setting.OwnerId, cancellationToken);
        var text = CalendarFeed.Write(setting.Id, schedule, setting.UpdatedAt, pending, SiteOf(context.Request));
        context.Response.Headers.CacheControl = "no-cache, private";
        return Results.Text(text, CalendarFeed.ContentType);
    }

    public static Uri SiteOf(HttpRequest request) => new($"{request.Scheme}://{request.Host}/");
}

/// <summary>The body of <c>PUT /api/reminders</c>.</summary>
internal sealed record ReminderRequest(IReadOnlyList<string?>? Days, string? Time, string? TimeZone);

/// <summary>The reminders as set, with the feed's path and full URL.</summary>
internal sealed record ReminderResponse(IReadOnlyList<string> Days, string Time, string TimeZone, string CalendarUrl, string CalendarAbsoluteUrl)
{
    public static ReminderResponse Of(ReminderSetting setting, HttpRequest request)
    {
        var path = ReminderBook.CalendarPath(setting);
        return new ReminderResponse(
            setting.Days.Split(',', StringSplitOptions.RemoveEmptyEntries),
            setting.Time,
            setting.TimeZone,
            path,
            new Uri(ReminderEndpoints.SiteOf(request), path).ToString());
    }
}
