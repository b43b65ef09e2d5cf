using System.CommandLine;
using Limber.Cli.Commands;

namespace Limber.Cli;

/// <summary>The <c>limber</c> command tree. Streams and the clock are passed in so tests control them.</summary>
internal static class LimberCommand
{
    public const int UsageError = 2;

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var root = new RootCommand("Limber: a safe daily routine for a tight, stiff lower back.")
        {
            CatalogCommand.Create(output, error),
            PlanCommand.Create(input, output, error, clock),
            FiguresCommand.Create(output, error),
            ScoreCommand.Create(input, output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Usage errors exit 2, like bad input; one line each, then where to look.
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"limber: {problem.Message}");
            }

            error.WriteLine("Run 'limber --help' for the commands and options.");
            return UsageError;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
