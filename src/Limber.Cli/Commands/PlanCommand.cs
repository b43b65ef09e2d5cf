using System.CommandLine;
using Limber.Core.Catalog;
using Limber.Core.Json;
using Limber.Core.Planning;

namespace Limber.Cli.Commands;

/// <summary><c>limber plan --intake FILE|- [--json]</c>: one check-in in, today's plan out.</summary>
internal static class PlanCommand
{
    private const int InvalidInput = 2;

    public static Command Create(TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var intakeOption = new Option<string>("--intake")
        {
            Description = "The check-in as JSON (intake.schema.json); '-' reads standard input.",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the plan as the contract's JSON instead of text." };
        var command = new Command("plan", "Make today's plan from a check-in.") { intakeOption, json };
        command.SetAction(result => Run(result.GetValue(intakeOption)!, result.GetValue(json), input, output, error, clock));
        return command;
    }

    private static int Run(string path, bool asJson, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            error.WriteLine("intake: give the path of a check-in JSON file, or '-' to read standard input");
            return InvalidInput;
        }

        string text;
        try
        {
            text = path == "-" ? input.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"intake: cannot read '{path}': {e.Message}");
            return InvalidInput;
        }

        var read = IntakeReader.Read(text, clock.GetUtcNow());
        if (read.Intake is not { } intake)
        {
            foreach (var problem in read.Problems)
            {
                error.WriteLine(problem.ToString());
            }

            return InvalidInput;
        }

        var plan = new DailyPlanner(KnowledgeBase.Embedded).Create(intake);
        output.Write(asJson ? LimberJson.Serialize(plan) + Environment.NewLine : PlanText.Render(plan));
        return 0;
    }
}
