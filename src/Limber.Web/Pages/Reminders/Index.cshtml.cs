using Limber.Core.Reminders;
using Limber.Data;
using Limber.Web.Api;
using Limber.Web.Reminders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Reminders;

/// <summary>
/// The reminders page: which days, what time and in which time zone (the browser's by default),
/// and the private calendar feed to subscribe to, with a copy button and a QR code.
/// </summary>
public sealed class IndexModel(ReminderBook book) : PageModel
{
    /// <summary>Days offered before any are chosen: three spread through the week.</summary>
    public static readonly IReadOnlyList<string> DefaultDays = ["mon", "wed", "fri"];

    public static readonly IReadOnlyList<(string Code, string Name)> Week =
    [
        ("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday"), ("thu", "Thursday"), ("fri", "Friday"), ("sat", "Saturday"), ("sun", "Sunday"),
    ];

    /// <summary>The IANA zones this machine knows, for the time zone field's suggestions.</summary>
    public static IReadOnlyList<string> Zones { get; } =
        [.. TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId).Select(z => z.Id).Order(StringComparer.Ordinal)];

    [BindProperty]
    public ReminderForm Form { get; set; } = new();

    public ReminderSetting? Setting { get; private set; }

    /// <summary>The feed's full URL, to copy or scan.</summary>
    public string? FeedUrl { get; private set; }

    /// <summary>The same feed as a <c>webcal://</c> link, which calendar apps open as a subscription.</summary>
    public string? WebcalUrl { get; private set; }

    public string? QrSvg { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Setting is { } setting)
        {
            Form = new ReminderForm
            {
                Days = [.. setting.Days.Split(',', StringSplitOptions.RemoveEmptyEntries)],
                Time = setting.Time,
                TimeZone = setting.TimeZone,
            };
        }
        else
        {
            Form = new ReminderForm { Days = [.. DefaultDays], Time = "07:30" };
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var read = ReminderSchedule.Read(Form.Days, Form.Time, Form.TimeZone);
        if (read.Schedule is not { } schedule)
        {
            foreach (var (field, message) in read.Problems)
            {
                ModelState.AddModelError($"Form.{char.ToUpperInvariant(field[0])}{field[1..]}", Sentence(field, message));
            }

            await LoadAsync(cancellationToken);
            return Page();
        }

        var isNew = await book.FindAsync(cancellationToken) is null;
        await book.SaveAsync(schedule, cancellationToken);
        Done = isNew ? "started" : "changed";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken)
    {
        await book.EndAsync(cancellationToken);
        Done = "ended";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Setting = await book.FindAsync(cancellationToken);
        if (Setting is { } setting)
        {
            var url = new Uri(ReminderEndpoints.SiteOf(Request), ReminderBook.CalendarPath(setting));
            FeedUrl = url.ToString();
            WebcalUrl = "webcal://" + url.Authority + url.PathAndQuery;
            QrSvg = FeedQrCode.Svg(FeedUrl, "QR code of your calendar feed link");
        }
    }

    private static string Sentence(string field, string message)
    {
        var what = field switch { "days" => "Days", "time" => "Time", _ => "Time zone" };
        return $"{what}: {message}.";
    }
}

/// <summary>The reminders form's fields, as posted.</summary>
public sealed class ReminderForm
{
    public List<string?> Days { get; set; } = [];

    public string? Time { get; set; }

    public string? TimeZone { get; set; }
}
