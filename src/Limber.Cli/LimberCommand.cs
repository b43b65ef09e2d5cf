using System.CommandLine;
using Limber.Cli.Commands;

namespace Limber.Cli;

/// <summary>The <c>limber</c> command tree. Streams and the clock are passed in so tests control them.</summary>
internal static class LimberCommand
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var root = new RootCommand("Limber: a safe daily routine for a tight, stiff lower back.")
        {
            CatalogCommand.Create(output, error),
            PlanCommand.Create(input, output, error, clock),
            FiguresCommand.Create(output, error),
            ScoreCommand.Create(input, output, error),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
