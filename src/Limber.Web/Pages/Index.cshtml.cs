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

    /// <summary>Days this week (Monday to today, UTC) with a completed session.</summary>
    public int DaysThisWeek { get; private set; }

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

        if (await SafetyStop.CurrentAsync(db, cancellationToken) is { } stop)
        {
            var json = await db.Plans.AsNoTracking().Where(p => p.Id == stop.PlanId).Select(p => p.PlanJson).SingleAsync(cancellationToken);
            Stop = new StopAdvice(Plans.ShowModel.Read(json), options.Value.EmergencyNumber, InForce: true, Heading: 2);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = now.Date;
        TodaysPlan = await db.Plans.AsNoTracking().Where(p => p.CreatedAt >= today).OrderByDescending(p => p.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        LastSession = await db.Sessions.AsNoTracking().Include(s => s.Rating).Include(s => s.Progress)
            .OrderByDescending(s => s.StartedAt).FirstOrDefaultAsync(cancellationToken);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var completed = await db.Sessions.AsNoTracking().Where(s => s.Completed && s.StartedAt >= monday).Select(s => s.StartedAt).ToListAsync(cancellationToken);
        DaysThisWeek = completed.Select(d => d.Date).Distinct().Count();
        AwaitingNextDay = await db.Sessions.AsNoTracking().Include(s => s.Rating)
            .Where(s => s.Rating != null && s.Rating.NextDayPain == null && s.StartedAt < today && s.StartedAt >= today.AddDays(-2))
            .OrderByDescending(s => s.StartedAt).FirstOrDefaultAsync(cancellationToken);
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
