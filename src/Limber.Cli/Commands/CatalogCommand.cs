using System.CommandLine;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Learn;

namespace Limber.Cli.Commands;

/// <summary><c>limber catalog [--json]</c> and <c>limber catalog check [--content DIR]</c>.</summary>
internal static class CatalogCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var json = new Option<bool>("--json") { Description = "Print every record as the contract's JSON array." };
        var content = new Option<DirectoryInfo?>("--content") { Description = "Read this content folder instead of the embedded one." };
        var command = new Command("catalog", "List the exercises and therapies Limber knows.") { json, content };
        command.SetAction(result => List(result.GetValue(json), result.GetValue(content), output, error));

        var checkContent = new Option<DirectoryInfo?>("--content") { Description = "The content folder to validate (default: the embedded content)." };
        var check = new Command("check", "Validate the knowledge base and list every problem as path:line: message.") { checkContent };
        check.SetAction(result => Check(result.GetValue(checkContent), output, error));
        command.Subcommands.Add(check);
        return command;
    }

    private static int List(bool asJson, DirectoryInfo? folder, TextWriter output, TextWriter error)
    {
        var load = Load(folder, error);
        if (load?.Base is not { } knowledge)
        {
            if (load is not null)
            {
                error.WriteLine($"limber: the content has {load.Problems.Count} problem(s); run 'limber catalog check' to list them");
            }

            return 1;
        }

        if (asJson)
        {
            output.WriteLine(LimberJson.Serialize(knowledge.Records));
            return 0;
        }

        foreach (var group in knowledge.Records.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            output.WriteLine($"{Code.Of(group.Key)} ({group.Count()})");
            foreach (var record in group)
            {
                var equipment = record.Equipment.Count == 0 ? "no equipment" : string.Join(", ", record.Equipment);
                output.WriteLine($"  {record.Id,-30} {record.Name} · {Code.Of(record.Position)} · {Code.Of(record.Stage)} stage · {equipment}");
            }
        }

        output.WriteLine($"{knowledge.Records.Count} records. 'limber catalog --json' prints every field.");
        return 0;
    }

    private static int Check(DirectoryInfo? folder, TextWriter output, TextWriter error)
    {
        var load = Load(folder, error);
        if (load is null)
        {
            return 1;
        }

        // The Learn articles are checked against the knowledge base, so only once it is valid.
        var learn = load.Base is { } valid
            ? LearnReader.Read(folder is null ? LearnFiles.Embedded() : LearnFiles.FromContentDirectory(folder.ToString()), valid)
            : null;
        var problems = load.Problems.Concat(learn?.Problems ?? []).ToList();
        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        if (load.Base is { Records.Count: 0 })
        {
            output.WriteLine($"{folder?.ToString() ?? "content"}: no records: the content folder holds no exercise or therapy records");
            error.WriteLine("limber: 1 problem(s) in the content");
            return 1;
        }

        if (load.Base is { } knowledge && learn?.Library is { } library)
        {
            output.WriteLine(
                $"content is valid: {knowledge.Records.Count} records, {knowledge.Habits.Count} habits, {knowledge.SafetyRules.Count} safety rules, " +
                $"{knowledge.EducationNotes.Count} education notes, {knowledge.Sources.Count} sources, {knowledge.Coverage.Count} inventory rows mapped, " +
                $"{library.Articles.Count} Learn articles");
            return 0;
        }

        error.WriteLine($"limber: {problems.Count} problem(s) in the content");
        return 1;
    }

    private static KnowledgeBaseLoad? Load(DirectoryInfo? folder, TextWriter error)
    {
        if (folder is null)
        {
            return KnowledgeBaseReader.Read(ContentFiles.Embedded());
        }

        if (!folder.Exists)
        {
            error.WriteLine($"limber: content folder '{folder.FullName}' does not exist");
            return null;
        }

        return KnowledgeBaseReader.Read(ContentFiles.FromDirectory(folder.ToString()));
    }
}
