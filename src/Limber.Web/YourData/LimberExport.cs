using System.Text.Json;
using System.Text.Json.Serialization;
using Limber.Data;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.YourData;

/// <summary>
/// <c>limber.json</c>: everything Limber holds for one person, in one versioned document that
/// <c>POST /api/import</c> accepts back (docs/adr/0014-your-data.md). Rows keep their ids, so importing the
/// same document twice adds nothing the second time. What is not the person's data is left out: the
/// calendar feed's token (a credential; an import makes a new one), plan numbers (re-made on import) and,
/// in hosted mode, the account itself. <see cref="ExportedAt"/> is the only field that changes between two
/// exports of the same data.
/// </summary>
public sealed record LimberExport(
    string Format,
    int Version,
    DateTime ExportedAt,
    IReadOnlyList<ExportedCheckIn> CheckIns,
    IReadOnlyList<ExportedQuestionnaire> Questionnaires,
    ExportedReminders? Reminders,
    IReadOnlyList<ExportedFeedback> Feedback)
{
    /// <summary>The value of <c>format</c>, so a stray JSON file is told apart from an export.</summary>
    public const string FormatName = "limber-export";

    /// <summary>The version this build writes and reads; a later one is refused with a clear message rather than half-read.</summary>
    public const int CurrentVersion = 1;

    /// <summary>Reads everything of the context's owner, in a stable order (oldest first, ids breaking ties).</summary>
    public static async Task<LimberExport> LoadAsync(LimberDb db, DateTime exportedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var checkIns = await db.CheckIns.AsNoTracking().OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var plans = (await db.Plans.AsNoTracking().OrderBy(p => p.CreatedAt).ThenBy(p => p.Number).ThenBy(p => p.Id).ToListAsync(cancellationToken))
            .ToLookup(p => p.CheckInId);
        var sessions = (await db.Sessions.AsNoTracking().Include(s => s.Progress).Include(s => s.Rating)
            .OrderBy(s => s.StartedAt).ThenBy(s => s.Id).ToListAsync(cancellationToken)).ToLookup(s => s.PlanId);
        var questionnaires = await db.Questionnaires.AsNoTracking().OrderBy(q => q.TakenAt).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        var reminders = await db.Reminders.AsNoTracking().OrderBy(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var feedback = await db.Feedback.AsNoTracking().OrderBy(f => f.CreatedAt).ThenBy(f => f.Id).ToListAsync(cancellationToken);

        return new LimberExport(
            FormatName,
            CurrentVersion,
            Utc(exportedAt),
            [.. checkIns.Select(c => new ExportedCheckIn(
                c.Id,
                Utc(c.CreatedAt),
                Json(c.IntakeJson),
                [.. plans[c.Id].Select(p => new ExportedPlan(
                    p.Id,
                    Utc(p.CreatedAt),
                    p.Status,
                    p.Stage,
                    p.PainBefore,
                    p.StiffnessBefore,
                    Json(p.PlanJson),
                    [.. sessions[p.Id].Select(ExportedSession.Of)]))]))],
            [.. questionnaires.Select(q => new ExportedQuestionnaire(q.Id, q.Instrument, Utc(q.TakenAt), Json(q.AnswersJson), q.Score, q.Band, q.Subscale, q.Missing))],
            reminders is null ? null : new ExportedReminders(
                [.. reminders.Days.Split(',', StringSplitOptions.RemoveEmptyEntries)], reminders.Time, reminders.TimeZone, Utc(reminders.CreatedAt), Utc(reminders.UpdatedAt)),
            [.. feedback.Select(f => new ExportedFeedback(f.Id, f.Page, f.Helpful, f.ReportsError, f.Note, Utc(f.CreatedAt)))]);
    }

    /// <summary>The document as it is downloaded: indented UTF-8 JSON.</summary>
    public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(this, LimberExportJson.Default.LimberExport);

    /// <summary>A time read back from the database is UTC whatever its kind says (SQLite keeps no kind).</summary>
    internal static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>Stored JSON as a JSON value; text that is not JSON (it should never be) is kept as a string rather than lost.</summary>
    private static JsonElement Json(string stored)
    {
        try
        {
            using var document = JsonDocument.Parse(stored);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(stored, LimberExportJson.Default.String);
        }
    }
}

/// <summary>A check-in: the intake as answered, and the plan issued for it.</summary>
public sealed record ExportedCheckIn(Guid Id, DateTime CreatedAt, JsonElement Intake, IReadOnlyList<ExportedPlan> Plans);

/// <summary>A plan as issued (the contract's plan JSON) and the sessions run from it.</summary>
public sealed record ExportedPlan(
    Guid Id, DateTime CreatedAt, string Status, string Stage, int PainBefore, int StiffnessBefore, JsonElement Plan, IReadOnlyList<ExportedSession> Sessions);

/// <summary>A guided session: what happened to each block, and how it went.</summary>
public sealed record ExportedSession(
    Guid Id, DateTime StartedAt, DateTime? EndedAt, bool Completed, string? StoppedFor, IReadOnlyList<ExportedBlock> Blocks, ExportedRating? Rating)
{
    internal static ExportedSession Of(SessionRun s) => new(
        s.Id,
        LimberExport.Utc(s.StartedAt),
        s.EndedAt is { } ended ? LimberExport.Utc(ended) : null,
        s.Completed,
        s.StoppedFor,
        [.. s.Progress.OrderBy(b => b.BlockIndex).Select(b => new ExportedBlock(b.Id, b.BlockIndex, b.ExerciseId, b.Outcome, LimberExport.Utc(b.At)))],
        s.Rating is { } r
            ? new ExportedRating(r.Id, r.PainAfter, r.StiffnessAfter, r.Difficulty, r.Note, LimberExport.Utc(r.CreatedAt), r.NextDayPain, r.NextDayAt is { } at ? LimberExport.Utc(at) : null)
            : null);
}

public sealed record ExportedBlock(Guid Id, int BlockIndex, string ExerciseId, string Outcome, DateTime At);

public sealed record ExportedRating(
    Guid Id, int PainAfter, int StiffnessAfter, string Difficulty, string? Note, DateTime CreatedAt, int? NextDayPain, DateTime? NextDayAt);

/// <summary>A questionnaire by item numbers (the contract's answers JSON) with the engine's score.</summary>
public sealed record ExportedQuestionnaire(
    Guid Id, string Instrument, DateTime TakenAt, JsonElement Answers, double? Score, string? Band, int? Subscale, int? Missing);

/// <summary>When the person wants reminding; the feed's token is not exported.</summary>
public sealed record ExportedReminders(IReadOnlyList<string> Days, string Time, string TimeZone, DateTime CreatedAt, DateTime UpdatedAt);

public sealed record ExportedFeedback(Guid Id, string Page, bool? Helpful, bool ReportsError, string? Note, DateTime CreatedAt);

/// <summary>
/// The export's JSON: camelCase, indented, and read strictly like every other Limber body (exact names,
/// no unknown fields, no duplicate keys, numbers as numbers), so a damaged file is refused, not guessed at.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(LimberExport))]
[JsonSerializable(typeof(string))]
internal sealed partial class LimberExportJson : JsonSerializerContext;
