using Limber.Core.Calendar;
using Limber.Data;
using Limber.Web.Infrastructure;
using Limber.Web.Safety;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Limber.Web.Pages;

/// <summary>Home: a safety stop in force first, else today's plan or a check-in button; the last session, this week's streak, and the next-day question.</summary>
public sealed class IndexModel(LimberDb db, TimeProvider clock, IOptions<LimberOptions> options, IServiceProvider services) : PageModel
{
    /// <summary>The stop advice of the latest check-in when it stopped self-care: shown first, with the call action.</summary>
    public StopAdvice? Stop { get; private set; }

    /// <summary>On this computer (not the phone), with HTTPS on the LAN: where the phone opens Limber.</summary>
    public Infrastructure.LanAddress? Phone { get; private set; }

    /// <summary>The phone URL as a QR code (SVG data URI).</summary>
    public string? PhoneQr { get; private set; }

    public StoredPlan? TodaysPlan { get; private set; }

    public SessionRun? LastSession { get; private set; }

    /// <summary>Days this week (Monday to today, in the person's own offset) with a completed session.</summary>
    public int DaysThisWeek { get; private set; }

    /// <summary>Blocks of the last session that count as done (<see cref="DayRules.BlockDone"/>, as history counts them).</summary>
    public int LastSessionBlocksDone { get; private set; }

    /// <summary>The person's calendar: the offset of their latest check-in.</summary>
    public PersonalDays Days { get; private set; } = PersonalDays.Utc;

    /// <summary>True when the activity questionnaire (PSFS) is due: never taken, or two weeks since the last one.</summary>
    public bool PsfsDue { get; private set; }

    /// <summary>True when the PSFS has never been taken (the prompt then says it is the starting point).</summary>
    public bool PsfsFirst { get; private set; }

    /// <summary>A rated session from yesterday or the day before still waiting for next-day pain.</summary>
    public SessionRun? AwaitingNextDay { get; private set; }

    /// <summary>Posted by the shared 0-10 scale, which names its radios Form.{name}.</summary>
    [BindProperty(Name = "Form.NextDayPain")]
    public string? NextDayPain { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<Infrastructure.LanAddress>() is { } lan && Request.Host.Host is "localhost" or "127.0.0.1" or "[::1]")
        {
            Phone = lan;
            using var generator = new QRCoder.QRCodeGenerator();
            using var data = generator.CreateQrCode(lan.PhoneUrl.ToString(), QRCoder.QRCodeGenerator.ECCLevel.M);
            var svg = new QRCoder.SvgQRCode(data).GetGraphic(4);
            PhoneQr = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
        }

        // The page's rows in two round trips of plain SQL (Overview.ReadAsync says why it is not LINQ).
        var now = clock.GetUtcNow();
        var overview = await Overview.ReadAsync(db, now, cancellationToken);
        var latest = overview.LatestPlan;
        if (latest is not null && SafetyStop.Of(latest.Id, latest.Status, latest.CreatedAt) is not null)
        {
            Stop = new StopAdvice(Plans.ShowModel.Read(latest.PlanJson), options.Value.EmergencyNumber, InForce: true, Heading: 2);
        }

        Days = overview.Days;
        var today = Days.DayOf(now);
        TodaysPlan = latest is { CreatedAt: var created } && created >= Days.StartUtc(today) ? latest : null;
        LastSession = overview.LastSession;
        LastSessionBlocksDone = DayRules.BlocksDone(overview.LastSessionOutcomes);
        DaysThisWeek = DayRules.ActiveDays(overview.CompletedThisWeek, Days).Count;
        AwaitingNextDay = overview.AwaitingNextDay;

        // The activity questionnaire is asked at the start and then every two weeks, on the person's calendar.
        PsfsFirst = overview.LastPsfs is null;
        PsfsDue = Stop is null && DayRules.PsfsDue(overview.LastPsfs is { } taken ? Days.DayOf(taken) : null, today);
    }

    public async Task<IActionResult> OnPostNextDayAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (!await db.Ratings.AnyAsync(r => r.SessionRunId == sessionId, cancellationToken))
        {
            return NotFound();
        }

        if (!int.TryParse(NextDayPain, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var pain) || pain is < 0 or > 10)
        {
            ModelState.AddModelError("Form.NextDayPain", "Choose your pain today, from 0 to 10.");
            await OnGetAsync(cancellationToken);
            return Page();
        }

        // The same write path as the API's next-day answer.
        var saved = await db.SaveNextDayPainAsync(sessionId, pain, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return saved.Outcome == SessionWriteOutcome.NotFound ? NotFound() : RedirectToPage();
    }
}
