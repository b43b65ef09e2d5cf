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

        // One connection for the page's few queries, instead of one opened (and tuned) per query.
        await db.Database.OpenConnectionAsync(cancellationToken);

        // The latest plan answers three questions at once, as SafetyStop.CurrentAsync, PersonalDaysAsync and
        // "today's plan" would each ask it: is a stop in force, what is the person's calendar, and was it made today.
        var latest = await db.Plans.AsNoTracking()
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Number)
            .Select(p => new { Plan = p, p.CheckIn!.IntakeJson })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is not null && SafetyStop.Of(latest.Plan.Id, latest.Plan.Status, latest.Plan.CreatedAt) is not null)
        {
            Stop = new StopAdvice(Plans.ShowModel.Read(latest.Plan.PlanJson), options.Value.EmergencyNumber, InForce: true, Heading: 2);
        }

        Days = PersonalDays.FromIntake(latest?.IntakeJson);
        var today = Days.DayOf(clock.GetUtcNow());
        var todayStart = Days.StartUtc(today);
        TodaysPlan = latest is { Plan.CreatedAt: var created } && created >= todayStart ? latest.Plan : null;

        // The latest session found by the (owner, start) index in a subquery, then its rating and progress by key:
        // asked as one ordered query with the includes, SQLite reads every session to find the latest.
        var sessions = db.Sessions.AsNoTracking();
        LastSession = await sessions.Include(s => s.Rating).Include(s => s.Progress)
            .Where(s => s.Id == sessions.OrderByDescending(x => x.StartedAt).Select(x => x.Id).FirstOrDefault())
            .FirstOrDefaultAsync(cancellationToken);
        LastSessionBlocksDone = LastSession is null ? 0 : DayRules.BlocksDone(LastSession.Progress.Select(b => b.Outcome));
        var mondayStart = Days.StartUtc(PersonalDays.Monday(today));
        var completed = await db.Sessions.AsNoTracking().Where(s => s.Completed && s.StartedAt >= mondayStart).Select(s => s.StartedAt).ToListAsync(cancellationToken);
        DaysThisWeek = DayRules.ActiveDays(completed, Days).Count;
        // Bounds as locals: a method call inside the query would be compiled anew on every request to find its value.
        var twoDaysAgoStart = Days.StartUtc(today.AddDays(-2));
        AwaitingNextDay = await db.Sessions.AsNoTracking().Include(s => s.Rating)
            .Where(s => s.Rating != null && s.Rating.NextDayPain == null && s.StartedAt < todayStart && s.StartedAt >= twoDaysAgoStart)
            .OrderByDescending(s => s.StartedAt).FirstOrDefaultAsync(cancellationToken);

        // The activity questionnaire is asked at the start and then every two weeks, on the person's calendar.
        var lastPsfs = await db.Questionnaires.AsNoTracking().Where(q => q.Instrument == "psfs")
            .OrderByDescending(q => q.TakenAt).Select(q => (DateTime?)q.TakenAt).FirstOrDefaultAsync(cancellationToken);
        PsfsFirst = lastPsfs is null;
        PsfsDue = Stop is null && DayRules.PsfsDue(lastPsfs is { } taken ? Days.DayOf(taken) : null, today);
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
