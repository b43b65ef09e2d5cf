using System.CommandLine;
using Limber.Cli.Commands;

namespace Limber.Cli;

/// <summary>The <c>limber</c> command tree. Writers are passed in so tests can read both streams.</summary>
internal static class LimberCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Limber: a safe daily routine for a tight, stiff lower back.")
        {
            CatalogCommand.Create(output, error),
        };
        return root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
