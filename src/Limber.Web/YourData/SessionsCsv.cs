using System.Globalization;
using System.Text;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.YourData;

/// <summary>
/// <c>sessions.csv</c>: one row per session, for a spreadsheet (RFC 4180: a header row, CRLF line ends, fields
/// with a comma, quote or line break in double quotes, quotes doubled). Times are UTC in ISO 8601. A note that
/// starts with <c>= + - @</c> gets a leading apostrophe, so a spreadsheet shows it as text instead of running it
/// as a formula (the JSON export keeps the note exactly).
/// </summary>
public static class SessionsCsv
{
    public const string ContentType = "text/csv; charset=utf-8; header=present";

    public static readonly IReadOnlyList<string> Columns =
    [
        "sessionId", "planId", "startedAt", "endedAt", "completed", "stoppedFor", "stage", "painBefore", "stiffnessBefore",
        "painAfter", "stiffnessAfter", "difficulty", "nextDayPain", "blocksDone", "blocksEasier", "blocksSkipped", "blocksStopped", "note",
    ];

    public static async Task<string> WriteAsync(LimberDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Plan).Include(s => s.Rating).Include(s => s.Progress)
            .OrderBy(s => s.StartedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var csv = new StringBuilder();
        Row(csv, Columns);
        foreach (var s in sessions)
        {
            int Count(string outcome) => s.Progress.Count(p => p.Outcome == outcome);
            Row(csv,
            [
                s.Id.ToString("D"),
                s.PlanId.ToString("D"),
                Time(s.StartedAt),
                s.EndedAt is { } ended ? Time(ended) : "",
                s.Completed ? "true" : "false",
                s.StoppedFor ?? "",
                s.Plan?.Stage ?? "",
                Number(s.Plan?.PainBefore),
                Number(s.Plan?.StiffnessBefore),
                Number(s.Rating?.PainAfter),
                Number(s.Rating?.StiffnessAfter),
                s.Rating?.Difficulty ?? "",
                Number(s.Rating?.NextDayPain),
                Number(Count("done")),
                Number(Count("easier")),
                Number(Count("skipped")),
                Number(Count("stopped")),
                Text(s.Rating?.Note),
            ]);
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(field);
            }
        }

        csv.Append("\r\n");
    }

    private static string Time(DateTime utc) => LimberExport.Utc(utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Text(string? note) =>
        note is { Length: > 0 } && "=+-@\t\r".Contains(note[0], StringComparison.Ordinal) ? "'" + note : note ?? "";
}
