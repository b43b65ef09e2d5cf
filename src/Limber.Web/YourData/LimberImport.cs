using System.Text.Json;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Outcomes;
using Limber.Core.Planning;
using Limber.Core.Reminders;
using Limber.Data;
using Limber.Web.Reminders;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.YourData;

/// <summary>One thing wrong with an import, named by its JSON path (<c>$.checkIns[0].plans[0].status</c>).</summary>
public sealed record ImportProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>What an import did: the rows it added, and the rows that were already here (so left as they are).</summary>
public sealed record ImportOutcome(int Added, int AlreadyHere, IReadOnlyList<ImportProblem> Problems)
{
    public bool Imported => Problems.Count == 0;
}

/// <summary>
/// The one write path for restoring a <c>limber.json</c>, used by the "Your data" page and <c>POST /api/import</c>.
/// The whole document is checked first and written in one save, so a file with any problem changes nothing.
/// Import only adds: a row whose id is already the person's is left as it is, so the same document imported
/// twice changes nothing the second time. A row whose id another account already holds (hosted mode, the
/// same export imported into a second account) gets an id derived from this owner and the original, the same
/// one each time, so that import is idempotent too.
/// </summary>
public sealed class LimberImport(LimberDb db)
{
    /// <summary>The largest export accepted: years of daily sessions (a plan is a few KB).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly string[] Statuses = [.. Enum.GetValues<PlanStatus>().Select(s => Code.Of(s))];

    private static readonly string[] Stages = [.. Enum.GetValues<Stage>().Select(s => Code.Of(s))];

    private static readonly string[] Difficulties = ["too-easy", "right", "too-hard"];

    /// <summary>Reads the document strictly; a body that is not a Limber export is one problem at its path.</summary>
    public static (LimberExport? Document, IReadOnlyList<ImportProblem> Problems) Read(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var document = JsonSerializer.Deserialize(utf8, LimberExportJson.Default.LimberExport);
            return document is null ? (null, [new("$", "must be a Limber export (a JSON object)")]) : (document, []);
        }
        catch (JsonException e)
        {
            return (null, [new(e.Path ?? "$", $"is not a Limber export here: {Api.StrictBody.Reason(e, withPath: false)}")]);
        }
        catch (InvalidOperationException e) when (e.Source == "System.Text.Json")
        {
            return (null, [new("$", "a string holds an unpaired surrogate (e.g. \\ud800); text must be valid Unicode")]);
        }
    }

    /// <summary>Checks the whole document, then adds what is missing in one save.</summary>
    public async Task<ImportOutcome> ImportAsync(LimberExport document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = Check(document);
        if (problems.Count > 0)
        {
            return new ImportOutcome(0, 0, problems);
        }

        var ids = new IdMap(db, document);
        await ids.LoadAsync(cancellationToken);
        int added = 0, here = 0;

        foreach (var c in document.CheckIns)
        {
            var checkInId = ids.For(c.Id);
            if (ids.IsMine(checkInId))
            {
                here++;
            }
            else
            {
                db.CheckIns.Add(new CheckIn { Id = checkInId, CreatedAt = c.CreatedAt.ToUniversalTime(), IntakeJson = Text(c.Intake) });
                added++;
            }

            foreach (var p in c.Plans)
            {
                var planId = ids.For(p.Id);
                if (ids.IsMine(planId))
                {
                    here++;
                }
                else
                {
                    db.Plans.Add(new StoredPlan
                    {
                        Id = planId,
                        CheckInId = checkInId,
                        CreatedAt = p.CreatedAt.ToUniversalTime(),
                        Status = p.Status,
                        Stage = p.Stage,
                        PainBefore = p.PainBefore,
                        StiffnessBefore = p.StiffnessBefore,
                        PlanJson = p.Plan.GetRawText(),
                    });
                    added++;
                }

                foreach (var s in p.Sessions)
                {
                    var (a, h) = AddSession(ids, planId, s);
                    added += a;
                    here += h;
                }
            }
        }

        foreach (var q in document.Questionnaires)
        {
            var id = ids.For(q.Id);
            if (ids.IsMine(id))
            {
                here++;
                continue;
            }

            // The stored score is the engine's, never the file's: a file cannot claim a score its answers do not give.
            var answers = q.Answers.GetRawText();
            var result = QuestionnaireResult.Of(Questionnaires.Score(q.Instrument, answers).Score!, answers, q.TakenAt.ToUniversalTime());
            result.Id = id;
            db.Questionnaires.Add(result);
            added++;
        }

        if (document.Reminders is { } r)
        {
            if (ids.HasReminders)
            {
                here++;
            }
            else
            {
                var schedule = ReminderSchedule.Read(r.Days, r.Time, r.TimeZone).Schedule!;
                db.Reminders.Add(new ReminderSetting
                {
                    Id = Guid.NewGuid(),
                    Days = string.Join(',', schedule.DayCodesOf),
                    Time = schedule.TimeText,
                    TimeZone = schedule.TimeZone,
                    FeedToken = ReminderBook.NewToken(),
                    CreatedAt = r.CreatedAt.ToUniversalTime(),
                    UpdatedAt = r.UpdatedAt.ToUniversalTime(),
                });
                added++;
            }
        }

        foreach (var f in document.Feedback)
        {
            var id = ids.For(f.Id);
            if (ids.IsMine(id))
            {
                here++;
                continue;
            }

            db.Feedback.Add(new PageFeedback { Id = id, Page = f.Page, Helpful = f.Helpful, ReportsError = f.ReportsError, Note = f.Note, CreatedAt = f.CreatedAt.ToUniversalTime() });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportOutcome(added, here, []);
    }

    private (int Added, int AlreadyHere) AddSession(IdMap ids, Guid planId, ExportedSession s)
    {
        int added = 0, here = 0;
        var sessionId = ids.For(s.Id);
        if (ids.IsMine(sessionId))
        {
            here++;
        }
        else if (s.EndedAt is null && ids.PlanHasOpenSession(planId))
        {
            // A plan has at most one open session; the one already here is the one the person can resume.
            return (0, 1 + s.Blocks.Count + (s.Rating is null ? 0 : 1));
        }
        else
        {
            db.Sessions.Add(new SessionRun
            {
                Id = sessionId,
                PlanId = planId,
                StartedAt = s.StartedAt.ToUniversalTime(),
                EndedAt = s.EndedAt?.ToUniversalTime(),
                Completed = s.Completed,
                StoppedFor = s.StoppedFor,
            });
            added++;
        }

        foreach (var b in s.Blocks)
        {
            var id = ids.For(b.Id);
            if (ids.IsMine(id) || ids.HasBlock(sessionId, b.BlockIndex))
            {
                here++;
                continue;
            }

            db.BlockProgress.Add(new BlockProgress { Id = id, SessionRunId = sessionId, BlockIndex = b.BlockIndex, ExerciseId = b.ExerciseId, Outcome = b.Outcome, At = b.At.ToUniversalTime() });
            added++;
        }

        if (s.Rating is { } r)
        {
            var id = ids.For(r.Id);
            if (ids.IsMine(id) || ids.IsRated(sessionId))
            {
                here++;
            }
            else
            {
                db.Ratings.Add(new Rating
                {
                    Id = id,
                    SessionRunId = sessionId,
                    PainAfter = r.PainAfter,
                    StiffnessAfter = r.StiffnessAfter,
                    Difficulty = r.Difficulty,
                    Note = r.Note,
                    CreatedAt = r.CreatedAt.ToUniversalTime(),
                    NextDayPain = r.NextDayPain,
                    NextDayAt = r.NextDayAt?.ToUniversalTime(),
                });
                added++;
            }
        }

        return (added, here);
    }

    private static string Text(JsonElement intake) =>
        intake.ValueKind == JsonValueKind.String ? intake.GetString()! : intake.GetRawText();

    /// <summary>Every problem in the document, each with its path; an empty list means it can be written as it is.</summary>
    public static IReadOnlyList<ImportProblem> Check(LimberExport document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<ImportProblem>();
        void Problem(string path, string message) => problems.Add(new ImportProblem(path, message));

        if (document.Format != LimberExport.FormatName)
        {
            Problem("$.format", $"must be \"{LimberExport.FormatName}\"");
        }

        if (document.Version != LimberExport.CurrentVersion)
        {
            Problem("$.version", document.Version > LimberExport.CurrentVersion
                ? $"is {document.Version}, made by a newer Limber; this one reads version {LimberExport.CurrentVersion}"
                : $"must be {LimberExport.CurrentVersion}");
        }

        var seen = new HashSet<Guid>();
        void Id(string path, Guid id)
        {
            if (id == Guid.Empty)
            {
                Problem($"{path}.id", "must be a non-empty id");
            }
            else if (!seen.Add(id))
            {
                Problem($"{path}.id", "appears twice in the file");
            }
        }

        for (var i = 0; i < document.CheckIns.Count; i++)
        {
            var c = document.CheckIns[i];
            var path = $"$.checkIns[{i}]";
            Id(path, c.Id);
            if (c.Intake.ValueKind is not (JsonValueKind.Object or JsonValueKind.String))
            {
                Problem($"{path}.intake", "must be the intake as a JSON object");
            }

            for (var j = 0; j < c.Plans.Count; j++)
            {
                CheckPlan($"{path}.plans[{j}]", c.Plans[j], Problem, Id);
            }
        }

        for (var i = 0; i < document.Questionnaires.Count; i++)
        {
            var q = document.Questionnaires[i];
            var path = $"$.questionnaires[{i}]";
            Id(path, q.Id);
            if (!Questionnaires.Instruments.Contains(q.Instrument))
            {
                Problem($"{path}.instrument", $"must be one of {string.Join(", ", Questionnaires.Instruments)}");
                continue;
            }

            var scored = Questionnaires.Score(q.Instrument, q.Answers.GetRawText());
            foreach (var p in scored.Problems)
            {
                var at = p.Path.TrimStart('$', '.');
                Problem(at.StartsWith("answers", StringComparison.Ordinal) ? $"{path}.{at}" : $"{path}.answers.{at}", p.Message);
            }
        }

        if (document.Reminders is { } r)
        {
            foreach (var (field, message) in ReminderSchedule.Read(r.Days, r.Time, r.TimeZone).Problems)
            {
                Problem($"$.reminders.{field}", message);
            }
        }

        for (var i = 0; i < document.Feedback.Count; i++)
        {
            var f = document.Feedback[i];
            var path = $"$.feedback[{i}]";
            Id(path, f.Id);
            if (f.Page is not { Length: > 0 and <= 200 } || !f.Page.StartsWith('/'))
            {
                Problem($"{path}.page", "must be a page path of at most 200 characters, such as /learn/why-move");
            }

            if (f.Note is { Length: > 2000 })
            {
                Problem($"{path}.note", "must be 2000 characters or fewer");
            }
        }

        return problems;
    }

    private static void CheckPlan(string path, ExportedPlan p, Action<string, string> problem, Action<string, Guid> id)
    {
        id(path, p.Id);
        if (!Statuses.Contains(p.Status))
        {
            problem($"{path}.status", $"must be one of {string.Join(", ", Statuses)}");
        }

        if (!Stages.Contains(p.Stage))
        {
            problem($"{path}.stage", $"must be one of {string.Join(", ", Stages)}");
        }

        Scale(path, "painBefore", p.PainBefore, problem);
        Scale(path, "stiffnessBefore", p.StiffnessBefore, problem);
        if (!IsPlan(p.Plan))
        {
            problem($"{path}.plan", "must be the plan as Limber issued it (plan.schema.json)");
        }

        for (var k = 0; k < p.Sessions.Count; k++)
        {
            var s = p.Sessions[k];
            var sessionPath = $"{path}.sessions[{k}]";
            id(sessionPath, s.Id);
            if (s.StoppedFor is { } reason && !SessionWrites.StopReasons.Contains(reason))
            {
                problem($"{sessionPath}.stoppedFor", $"must be null or one of {string.Join(", ", SessionWrites.StopReasons)}");
            }

            if (s.Completed && (s.StoppedFor is not null || s.EndedAt is null))
            {
                problem($"{sessionPath}.completed", "a completed session has an end and no stop reason");
            }

            if (s.StoppedFor is not null && s.EndedAt is null)
            {
                problem($"{sessionPath}.endedAt", "a stopped session has an end");
            }

            var indexes = new HashSet<int>();
            for (var b = 0; b < s.Blocks.Count; b++)
            {
                var block = s.Blocks[b];
                var blockPath = $"{sessionPath}.blocks[{b}]";
                id(blockPath, block.Id);
                if (block.BlockIndex < 0 || !indexes.Add(block.BlockIndex))
                {
                    problem($"{blockPath}.blockIndex", "must be 0 or more, once per session");
                }

                if (block.ExerciseId is not { Length: > 0 and <= 64 })
                {
                    problem($"{blockPath}.exerciseId", "must be an exercise id of at most 64 characters");
                }

                if (!SessionWrites.Outcomes.Contains(block.Outcome))
                {
                    problem($"{blockPath}.outcome", $"must be one of {string.Join(", ", SessionWrites.Outcomes)}");
                }
            }

            if (s.Rating is { } r)
            {
                var ratingPath = $"{sessionPath}.rating";
                id(ratingPath, r.Id);
                Scale(ratingPath, "painAfter", r.PainAfter, problem);
                Scale(ratingPath, "stiffnessAfter", r.StiffnessAfter, problem);
                if (!Difficulties.Contains(r.Difficulty))
                {
                    problem($"{ratingPath}.difficulty", "must be too-easy, right or too-hard");
                }

                if (r.Note is { Length: > 2000 })
                {
                    problem($"{ratingPath}.note", "must be 2000 characters or fewer");
                }

                if (r.NextDayPain is { } next)
                {
                    Scale(ratingPath, "nextDayPain", next, problem);
                }
            }
        }
    }

    private static void Scale(string path, string field, int value, Action<string, string> problem)
    {
        if (value is < 0 or > 10)
        {
            problem($"{path}.{field}", "must be an integer from 0 to 10");
        }
    }

    private static bool IsPlan(JsonElement plan)
    {
        if (plan.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        try
        {
            return plan.Deserialize<Plan>(LimberJson.Options) is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// Which of the document's ids are already this person's, which belong to someone else (and so get a
    /// derived id), and what the person already has where a table allows only one (a block index, a rating).
    /// </summary>
    private sealed class IdMap(LimberDb db, LimberExport document)
    {
        private readonly HashSet<Guid> _mine = [];

        private readonly HashSet<Guid> _others = [];

        private readonly HashSet<(Guid Session, int Block)> _blocks = [];

        private readonly HashSet<Guid> _rated = [];

        private readonly HashSet<Guid> _openPlans = [];

        private readonly string _owner = db.OwnerId;

        public bool HasReminders { get; private set; }

        public async Task LoadAsync(CancellationToken cancellationToken)
        {
            var ids = AllIds().ToList();
            var candidates = ids.Concat(ids.Select(Derived)).ToList();
            foreach (var chunk in candidates.Chunk(500))
            {
                Sort(await db.CheckIns.IgnoreQueryFilters().Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.OwnerId }).ToListAsync(cancellationToken), r => (r.Id, r.OwnerId));
                Sort(await db.Plans.IgnoreQueryFilters().Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.OwnerId }).ToListAsync(cancellationToken), r => (r.Id, r.OwnerId));
                Sort(await db.Sessions.IgnoreQueryFilters().Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.OwnerId }).ToListAsync(cancellationToken), r => (r.Id, r.OwnerId));
                Sort(await db.BlockProgress.IgnoreQueryFilters().Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.OwnerId }).ToListAsync(cancellationToken), r => (r.Id, r.OwnerId));
                Sort(await db.Ratings.IgnoreQueryFilters().Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.OwnerId }).ToListAsync(cancellationToken), r => (r.Id, r.OwnerId));
                Sort(await db.Questionnaires.IgnoreQueryFilters().Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.OwnerId }).ToListAsync(cancellationToken), r => (r.Id, r.OwnerId));
                Sort(await db.Feedback.IgnoreQueryFilters().Where(r => chunk.Contains(r.Id)).Select(r => new { r.Id, r.OwnerId }).ToListAsync(cancellationToken), r => (r.Id, r.OwnerId));
            }

            var sessionIds = document.CheckIns.SelectMany(c => c.Plans).SelectMany(p => p.Sessions).Select(s => For(s.Id)).Where(IsMine).ToList();
            foreach (var chunk in sessionIds.Chunk(500))
            {
                _blocks.UnionWith((await db.BlockProgress.Where(b => chunk.Contains(b.SessionRunId)).Select(b => new { b.SessionRunId, b.BlockIndex }).ToListAsync(cancellationToken))
                    .Select(b => (b.SessionRunId, b.BlockIndex)));
                _rated.UnionWith(await db.Ratings.Where(r => chunk.Contains(r.SessionRunId)).Select(r => r.SessionRunId).ToListAsync(cancellationToken));
            }

            var planIds = document.CheckIns.SelectMany(c => c.Plans).Select(p => For(p.Id)).Where(IsMine).ToList();
            foreach (var chunk in planIds.Chunk(500))
            {
                _openPlans.UnionWith(await db.Sessions.Where(s => chunk.Contains(s.PlanId) && s.EndedAt == null).Select(s => s.PlanId).ToListAsync(cancellationToken));
            }

            HasReminders = await db.Reminders.AnyAsync(cancellationToken);
        }

        /// <summary>The id this row has here: its own, or, when another account holds that id, one derived from this owner.</summary>
        public Guid For(Guid id) => _others.Contains(id) ? Derived(id) : id;

        public bool IsMine(Guid id) => _mine.Contains(id);

        public bool HasBlock(Guid session, int block) => _blocks.Contains((session, block));

        public bool IsRated(Guid session) => _rated.Contains(session);

        public bool PlanHasOpenSession(Guid plan) => _openPlans.Contains(plan);

        private void Sort<T>(IEnumerable<T> rows, Func<T, (Guid Id, string OwnerId)> of)
        {
            foreach (var (id, owner) in rows.Select(of))
            {
                (owner == _owner ? _mine : _others).Add(id);
            }
        }

        /// <summary>A stable id for <paramref name="id"/> under this owner.</summary>
        private Guid Derived(Guid id) => NamedId.Of($"limber-import:{_owner}:{id:D}");

        private IEnumerable<Guid> AllIds()
        {
            foreach (var c in document.CheckIns)
            {
                yield return c.Id;
                foreach (var p in c.Plans)
                {
                    yield return p.Id;
                    foreach (var s in p.Sessions)
                    {
                        yield return s.Id;
                        foreach (var b in s.Blocks)
                        {
                            yield return b.Id;
                        }

                        if (s.Rating is { } r)
                        {
                            yield return r.Id;
                        }
                    }
                }
            }

            foreach (var q in document.Questionnaires)
            {
                yield return q.Id;
            }

            foreach (var f in document.Feedback)
            {
                yield return f.Id;
            }
        }
    }
}
