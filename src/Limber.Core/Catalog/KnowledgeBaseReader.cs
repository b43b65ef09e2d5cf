using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Limber.Core.Catalog;

/// <summary>
/// Reads and validates the knowledge base. Every problem is collected — unknown or missing
/// fields, unknown codes, duplicate ids, dangling references, bad ranges, unexplained doses —
/// so one run of <c>limber catalog check</c> lists them all.
/// </summary>
public static partial class KnowledgeBaseReader
{
    private const string HeldStretchHoldSource = "ACSM-2021";
    private const string HeldStretchRepsSource = "GARBER-2011";
    private const int StretchSecondsPerMuscle = 60;
    private static readonly IntRange HeldStretchReps = new(2, 4);

    private static readonly string[] RecordFields =
    [
        "id", "name", "aliases", "kind", "stage", "position", "equipment", "targets", "movements", "traits", "summary",
        "dose", "thermal", "contraindications", "easier", "harder", "sources", "steps", "cues", "mistakes",
        "cautions", "stopIf", "figure",
    ];

    public static KnowledgeBaseLoad Read(IReadOnlyList<ContentFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var context = new ReadContext();
        foreach (var file in files)
        {
            if (Parse(file, context.Problems) is not { } root)
            {
                continue;
            }

            var name = System.IO.Path.GetFileName(file.Path);
            var folder = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(file.Path) ?? "");
            switch (folder, name)
            {
                case ("exercises" or "therapies", _):
                    ReadRecord(root, folder, System.IO.Path.GetFileNameWithoutExtension(name), context);
                    break;
                case (_, "sources.yaml"):
                    ReadList(root, "sources", context, ReadSource);
                    break;
                case (_, "habits.yaml"):
                    ReadList(root, "habits", context, ReadHabit);
                    break;
                case (_, "safety.yaml"):
                    ReadList(root, "rules", context, ReadSafetyRule);
                    break;
                case (_, "education.yaml"):
                    ReadList(root, "notes", context, ReadEducationNote);
                    break;
                case (_, "seed-coverage.yaml"):
                    ReadList(root, "rows", context, ReadCoverageRow);
                    break;
                default:
                    root.Report(1, "unknown content file (expected exercises/*.yaml, therapies/*.yaml, sources.yaml, habits.yaml, safety.yaml, education.yaml or seed-coverage.yaml)");
                    break;
            }
        }

        context.CheckReferences();
        var problems = context.Problems
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ToList();
        if (problems.Count > 0)
        {
            return new KnowledgeBaseLoad(null, problems);
        }

        var knowledge = new KnowledgeBase(
            [.. context.Records.OrderBy(r => r.Id, StringComparer.Ordinal)],
            context.Habits,
            context.SafetyRules,
            context.EducationNotes,
            context.Sources,
            context.Coverage);
        return new KnowledgeBaseLoad(knowledge, []);
    }

    private static YamlMap? Parse(ContentFile file, List<ContentProblem> problems)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(file.Text));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return new YamlMap(root, file.Path, "", problems);
            }

            problems.Add(new ContentProblem(file.Path, 1, "the file must hold one YAML mapping"));
        }
        catch (YamlException e)
        {
            problems.Add(new ContentProblem(file.Path, (int)e.Start.Line, $"malformed YAML: {e.InnerException?.Message ?? e.Message}"));
        }
        catch (InvalidOperationException e) when (e.Source == "YamlDotNet")
        {
            // YamlDotNet's scanner can fail this way on an unclosed flow sequence ("id: [a" then "b: c").
            problems.Add(new ContentProblem(file.Path, 1, "malformed YAML: the file could not be read; check for an unclosed [ or {"));
        }

        return null;
    }

    private static void ReadList(YamlMap root, string key, ReadContext context, Action<YamlMap, ReadContext> readItem)
    {
        root.AllowOnly(key);
        foreach (var item in root.Maps(key, required: true))
        {
            readItem(item, context);
        }
    }

    private static void ReadRecord(YamlMap map, string folder, string fileId, ReadContext context)
    {
        map.AllowOnly(RecordFields);
        var id = context.Id(map, "id");
        if (id is not null && id != fileId)
        {
            map.Report(map.LineOf("id"), $"id '{id}' must match the file name '{fileId}.yaml'");
        }

        if (id is not null)
        {
            context.RecordIds.Add(id);
        }

        var name = map.String("name");
        var kind = map.Enum<RecordKind>("kind", "kind");
        if (kind is { } k && (k is RecordKind.Thermal or RecordKind.SelfMassage or RecordKind.Relaxation) != (folder == "therapies"))
        {
            var home = folder == "therapies" ? "exercises" : "therapies";
            map.Report(map.LineOf("kind"), $"a {Code.Of(k)} record belongs in content/{home}/ (exercises hold stretch, mobility, stability and strength; therapies hold thermal, self-massage and relaxation)");
        }

        var stage = map.Enum<Stage>("stage", "stage");
        var position = map.Enum<Position>("position", "position");
        var summary = map.String("summary");
        var equipment = map.Codes("equipment", Vocabulary.Equipment, "an equipment code");
        var targets = map.Codes("targets", Vocabulary.Targets, "a target", required: true);
        var movements = map.Codes("movements", Vocabulary.Movements, "a movement", required: true);
        var traits = map.Codes("traits", Vocabulary.Traits, "a planning trait");
        var contraindications = map.Codes("contraindications", Vocabulary.Conditions, "a condition code");
        var sources = context.References(map, "sources", Reference.Source, required: true);
        var easier = context.References(map, "easier", Reference.Record);
        var harder = context.References(map, "harder", Reference.Record);

        var choices = new List<DoseChoice>();
        Dose? dose = null;
        ThermalProtocol? thermal = null;
        if (kind == RecordKind.Thermal)
        {
            if (map.Has("dose"))
            {
                map.Report(map.LineOf("dose"), "a thermal record takes its dose from 'thermal.minutes'; remove 'dose'");
            }

            thermal = ReadThermal(map.Map("thermal"), choices, context);
            if (thermal is not null)
            {
                var seconds = thermal.Minutes * 60;
                dose = new Dose(new IntRange(seconds, seconds), new IntRange(1, 1), new IntRange(1, 1), Sides.Both, 0, 0);
            }
        }
        else if (kind is not null)
        {
            if (map.Has("thermal"))
            {
                map.Report(map.LineOf("thermal"), $"only thermal records have a 'thermal' block (kind is {Code.Of(kind.Value)})");
            }

            dose = ReadDose(map.Map("dose"), choices, context);
        }

        foreach (var choice in choices.Where(c => c.Source != "LIMBER" && !sources.Contains(c.Source)))
        {
            map.Report(map.LineOf("sources"), $"'sources' must list '{choice.Source}', the source of dose value '{choice.Field}'");
        }

        var figure = map.Has("figure") ? Figures.FigureReader.Read(map.Map("figure")) : null;
        if (id is null || name is null || kind is null || stage is null || position is null || summary is null || dose is null)
        {
            return;
        }

        var record = new CatalogRecord
        {
            Id = id,
            Name = name,
            Aliases = Values(map.Strings("aliases")),
            Kind = kind.Value,
            Stage = stage.Value,
            Position = position.Value,
            Equipment = equipment,
            Targets = targets,
            Movements = movements,
            Traits = traits,
            Summary = summary,
            Dose = dose,
            DoseSources = choices,
            Thermal = thermal,
            Contraindications = contraindications,
            Easier = easier,
            Harder = harder,
            Sources = sources,
            Steps = Values(map.Strings("steps", required: true)),
            Cues = Values(map.Strings("cues")),
            Mistakes = Values(map.Strings("mistakes")),
            Cautions = Values(map.Strings("cautions")),
            StopIf = Values(map.Strings("stopIf")),
            Figure = figure,
        };
        CheckDoseFitsKind(map, record);
        var figureLine = map.LineOf("figure");
        foreach (var problem in Figures.FigureRules.Check(record))
        {
            map.Report(figureLine, problem);
        }

        context.Records.Add(record);
    }

    /// <summary>
    /// A held stretch takes its hold and its repetitions from one source: an ACSM-2021 hold goes with
    /// GARBER-2011's 2-4 repetitions adding up to about 60 s. A long, propped rest is relaxation, not a stretch.
    /// </summary>
    private static void CheckDoseFitsKind(YamlMap map, CatalogRecord record)
    {
        if (record.Kind != RecordKind.Stretch || record.Dose.HoldSeconds.Max == 0
            || record.DoseSources.FirstOrDefault(c => c.Field == "dose.holdSeconds") is not { } hold
            || record.DoseSources.FirstOrDefault(c => c.Field == "dose.reps") is not { } reps
            || map.Map("dose", required: false) is not { } dose)
        {
            return;
        }

        var repsLine = dose.LineOf("reps");
        if (hold.Source == HeldStretchHoldSource)
        {
            if (reps.Source != HeldStretchRepsSource)
            {
                map.Report(repsLine, $"'dose.reps': a held stretch whose hold comes from {HeldStretchHoldSource} takes its repetitions from {HeldStretchRepsSource} (2-4 holds adding up to about 60 s), not from {reps.Source}; keep other values as alternatives");
            }
            else if (!HeldStretchReps.Contains(record.Dose.Reps))
            {
                map.Report(repsLine, $"'dose.reps': {reps.Value} is outside the {HeldStretchReps.Min}-{HeldStretchReps.Max} repetitions {HeldStretchRepsSource} gives for a held stretch");
            }
        }
        else if (reps.Source != hold.Source)
        {
            map.Report(repsLine, $"'dose.reps' comes from {reps.Source} but 'dose.holdSeconds' from {hold.Source}; a held stretch takes both from one source");
        }

        var most = record.Dose.HoldSeconds.Max * record.Dose.Reps.Max;
        if (most < StretchSecondsPerMuscle)
        {
            map.Report(repsLine, $"'dose': at most {most} s of stretching ({record.Dose.Reps.Max} x {record.Dose.HoldSeconds.Max} s); the holds of a stretch should be able to add up to about {StretchSecondsPerMuscle} s");
        }

        if (record.Dose.HoldSeconds.Min >= 30 && (RestWords().IsMatch(record.Summary) || record.Steps.Any(RestWords().IsMatch)))
        {
            map.Report(map.LineOf("kind"), $"kind 'stretch': a rest of {record.Dose.HoldSeconds} s that the summary or steps describe as resting is relaxation, not a stretch; set 'kind: relaxation'");
        }
    }

    /// <summary>Words that describe resting on a support rather than stretching.</summary>
    [GeneratedRegex(@"\b(rest|resting|go heavy|take all your weight)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RestWords();

    private static Dose? ReadDose(YamlMap? map, List<DoseChoice> choices, ReadContext context)
    {
        if (map is null)
        {
            return null;
        }

        map.AllowOnly("holdSeconds", "reps", "sets", "sides", "restSeconds", "secondsPerRep");
        var hold = ReadChoice(map, "holdSeconds", ChoiceValue.Range, choices, context)?.Range;
        var reps = ReadChoice(map, "reps", ChoiceValue.Range, choices, context)?.Range;
        var sets = ReadChoice(map, "sets", ChoiceValue.Range, choices, context)?.Range;
        var rest = ReadChoice(map, "restSeconds", ChoiceValue.Whole, choices, context)?.Number;
        var sides = map.Enum<Sides>("sides", "sides value");
        var secondsPerRep = map.Int("secondsPerRep", required: false) ?? 3;
        if (secondsPerRep is < 1 or > 60)
        {
            map.Report(map.LineOf("secondsPerRep"), $"'{map.Path("secondsPerRep")}' must be from 1 to 60 (got {secondsPerRep})");
        }

        if (reps is { Min: 0 })
        {
            map.Report(map.LineOf("reps"), $"'{map.Path("reps")}': at least one repetition is needed");
        }

        if (sets is { Min: 0 })
        {
            map.Report(map.LineOf("sets"), $"'{map.Path("sets")}': at least one set is needed");
        }

        return hold is null || reps is null || sets is null || rest is null || sides is null
            ? null
            : new Dose(hold.Value, reps.Value, sets.Value, sides.Value, (int)rest.Value, secondsPerRep);
    }

    private static ThermalProtocol? ReadThermal(YamlMap? map, List<DoseChoice> choices, ReadContext context)
    {
        if (map is null)
        {
            return null;
        }

        map.AllowOnly("mode", "minutes", "minHoursBetween", "windowHours", "largeArea");
        var mode = map.Enum<ThermalMode>("mode", "thermal mode");
        var minutes = ReadChoice(map, "minutes", ChoiceValue.Whole, choices, context)?.Number;
        var gap = ReadChoice(map, "minHoursBetween", ChoiceValue.Number, choices, context)?.Number;
        var window = map.Range("windowHours", required: false);
        var largeArea = map.Bool("largeArea", required: false) ?? false;
        if (minutes is < 1 or > 60)
        {
            map.Report(map.LineOf("minutes"), $"'{map.Path("minutes")}' must be from 1 to 60 minutes (got {minutes})");
            return null;
        }

        return mode is null || minutes is null || gap is null
            ? null
            : new ThermalProtocol(mode.Value, (int)minutes.Value, gap.Value, window, largeArea);
    }

    private enum ChoiceValue
    {
        Range,
        Whole,
        Number,
    }

    private sealed record ChoiceRead(IntRange? Range, double? Number);

    /// <summary>A sourced dose value: <c>{ value, source, cited?, alternatives?, reason? }</c>.</summary>
    private static ChoiceRead? ReadChoice(YamlMap parent, string key, ChoiceValue kind, List<DoseChoice> choices, ReadContext context)
    {
        if (parent.Map(key) is not { } map)
        {
            return null;
        }

        map.AllowOnly("value", "source", "cited", "alternatives", "reason");
        var (value, display) = ReadValue(map, "value", kind, required: true);
        var (cited, citedDisplay) = ReadValue(map, "cited", kind, required: false);
        var source = context.Reference(map, "source", Reference.Source);
        var reason = map.Has("reason") ? map.String("reason") : null;
        var alternatives = new List<DoseAlternative>();
        foreach (var alternative in map.Maps("alternatives"))
        {
            alternative.AllowOnly("value", "source");
            var (_, alternativeDisplay) = ReadValue(alternative, "value", kind, required: true);
            var alternativeSource = context.Reference(alternative, "source", Reference.Source);
            if (alternativeDisplay is not null && alternativeSource is not null)
            {
                alternatives.Add(new DoseAlternative(alternativeDisplay, alternativeSource));
            }
        }

        if (alternatives.Count > 0 && reason is null)
        {
            map.Report(map.Line, $"'{map.Path("value")}': other sources give other values, so a 'reason' must say why {display} was chosen");
        }

        if (value is not null && cited is not null && !Within(value, cited) && reason is null)
        {
            map.Report(map.LineOf("value"), $"'{map.Path("value")}': {display} is outside the cited {citedDisplay} of {source} and no 'reason' is given");
        }

        if (value is null || source is null || display is null)
        {
            return null;
        }

        choices.Add(new DoseChoice(map.Path("").TrimEnd('.'), display, source, citedDisplay, alternatives, reason));
        return value;
    }

    private static bool Within(ChoiceRead value, ChoiceRead cited) =>
        value.Range is { } r && cited.Range is { } c ? c.Contains(r) : value.Number == cited.Number;

    private static (ChoiceRead? Value, string? Display) ReadValue(YamlMap map, string key, ChoiceValue kind, bool required)
    {
        if (!required && !map.Has(key))
        {
            return (null, null);
        }

        switch (kind)
        {
            case ChoiceValue.Range:
                var range = map.Range(key);
                return range is { } r ? (new ChoiceRead(r, null), r.Min == r.Max ? $"[{r.Min}]" : $"[{r.Min}, {r.Max}]") : (null, null);
            case ChoiceValue.Whole:
                var whole = map.Int(key);
                if (whole is < 0)
                {
                    map.Report(map.LineOf(key), $"'{map.Path(key)}' must not be negative (got {whole})");
                    return (null, null);
                }

                return whole is { } w ? (new ChoiceRead(null, w), w.ToString(CultureInfo.InvariantCulture)) : (null, null);
            default:
                var number = map.Number(key);
                if (number is < 0)
                {
                    map.Report(map.LineOf(key), $"'{map.Path(key)}' must not be negative (got {number})");
                    return (null, null);
                }

                return number is { } n ? (new ChoiceRead(null, n), n.ToString(CultureInfo.InvariantCulture)) : (null, null);
        }
    }

    private static void ReadSource(YamlMap map, ReadContext context)
    {
        map.AllowOnly("id", "title", "kind", "reference");
        var id = map.String("id");
        var title = map.String("title");
        var kind = map.OneOf("kind", Vocabulary.SourceKinds, "source kind");
        var reference = map.String("reference");
        if (id is null)
        {
            return;
        }

        if (context.SourceLines.TryGetValue(id, out var first))
        {
            map.Report(map.LineOf("id"), $"duplicate source id '{id}' (first defined at {first})");
            return;
        }

        context.SourceLines[id] = $"{map.File}:{map.LineOf("id")}";
        if (title is not null && kind is not null && reference is not null)
        {
            context.Sources.Add(new Source(id, title, kind, reference));
        }
    }

    private static void ReadHabit(YamlMap map, ReadContext context)
    {
        map.AllowOnly("id", "text", "why", "causes", "sources");
        var id = context.Id(map, "id");
        var text = map.String("text");
        var why = map.String("why");
        var causes = map.Codes("causes", Vocabulary.Causes, "a cause code");
        var sources = context.References(map, "sources", Reference.Source, required: true);
        if (id is not null && text is not null && why is not null)
        {
            context.Habits.Add(new Habit(id, text, why, causes, sources));
        }
    }

    private static void ReadSafetyRule(YamlMap map, ReadContext context)
    {
        map.AllowOnly("id", "category", "text", "sources");
        var id = context.Id(map, "id");
        var category = map.OneOf("category", Vocabulary.SafetyCategories, "safety category");
        var text = map.String("text");
        var sources = context.References(map, "sources", Reference.Source, required: true);
        if (id is not null && category is not null && text is not null)
        {
            context.SafetyRules.Add(new SafetyRule(id, category, text, sources));
        }
    }

    private static void ReadEducationNote(YamlMap map, ReadContext context)
    {
        map.AllowOnly("id", "topic", "text", "claim", "sources");
        var id = context.Id(map, "id");
        var topic = map.OneOf("topic", Vocabulary.EducationTopics, "education topic");
        var text = map.String("text");
        var claim = map.Bool("claim", required: false) ?? false;
        var sources = context.References(map, "sources", Reference.Source, required: true);
        if (id is not null && topic is not null && text is not null)
        {
            context.EducationNotes.Add(new EducationNote(id, topic, text, claim, sources));
        }
    }

    private static void ReadCoverageRow(YamlMap map, ReadContext context)
    {
        map.AllowOnly("row", "ids");
        var row = map.String("row");
        var ids = context.References(map, "ids", Reference.Any, required: true);
        if (row is null)
        {
            return;
        }

        if (context.Coverage.Any(c => c.Row == row))
        {
            map.Report(map.LineOf("row"), $"inventory row '{row}' is mapped twice");
            return;
        }

        context.Coverage.Add(new CoverageRow(row, ids));
    }

    private static IReadOnlyList<string> Values(IReadOnlyList<(string Value, int Line)> items) => [.. items.Select(i => i.Value)];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    private enum Reference
    {
        Record,
        Source,
        Any,
    }

    private sealed record PendingReference(YamlMap Map, int Line, string Field, string Id, Reference Kind);

    private sealed class ReadContext
    {
        public List<ContentProblem> Problems { get; } = [];
        public List<CatalogRecord> Records { get; } = [];
        public List<Habit> Habits { get; } = [];
        public List<SafetyRule> SafetyRules { get; } = [];
        public List<EducationNote> EducationNotes { get; } = [];
        public List<Source> Sources { get; } = [];
        public List<CoverageRow> Coverage { get; } = [];
        public Dictionary<string, string> SourceLines { get; } = new(StringComparer.Ordinal);
        public HashSet<string> RecordIds { get; } = new(StringComparer.Ordinal);
        private Dictionary<string, string> IdLines { get; } = new(StringComparer.Ordinal);
        private List<PendingReference> Pending { get; } = [];

        /// <summary>Reads an id, checking its form and that no other record, habit, rule or note has it.</summary>
        public string? Id(YamlMap map, string key)
        {
            var id = map.String(key);
            if (id is null)
            {
                return null;
            }

            var line = map.LineOf(key);
            if (!KebabCase().IsMatch(id))
            {
                map.Report(line, $"id '{id}' must be kebab-case (lower-case letters, digits and single hyphens)");
            }

            if (IdLines.TryGetValue(id, out var first))
            {
                map.Report(line, $"duplicate id '{id}' (first defined at {first})");
                return null;
            }

            IdLines[id] = $"{map.File}:{line}";
            return id;
        }

        public string? Reference(YamlMap map, string key, Reference kind)
        {
            var id = map.String(key);
            if (id is not null)
            {
                Pending.Add(new PendingReference(map, map.LineOf(key), map.Path(key), id, kind));
            }

            return id;
        }

        public IReadOnlyList<string> References(YamlMap map, string key, Reference kind, bool required = false)
        {
            var items = map.Strings(key, required);
            foreach (var (value, line) in items)
            {
                Pending.Add(new PendingReference(map, line, map.Path(key), value, kind));
            }

            return Values(items);
        }

        public void CheckReferences()
        {
            foreach (var reference in Pending)
            {
                var (known, what) = reference.Kind switch
                {
                    KnowledgeBaseReader.Reference.Source => (SourceLines.ContainsKey(reference.Id), "source id"),
                    KnowledgeBaseReader.Reference.Record => (RecordIds.Contains(reference.Id), "record id"),
                    _ => (IdLines.ContainsKey(reference.Id), "id"),
                };
                if (!known)
                {
                    reference.Map.Report(reference.Line, $"'{reference.Field}': unknown {what} '{reference.Id}'");
                }
            }
        }
    }
}
