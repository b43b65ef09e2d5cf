namespace Limber.Cli.Tests;

/// <summary>One run of the <c>limber</c> command with both output streams captured.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args) => WithInput("", args);

    public static CliRun WithInput(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = LimberCommand.Run(args, new StringReader(input), output, error, Clock);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>The clock the CLI sees in tests: 2026-11-22 09:00 UTC.</summary>
    public static TimeProvider Clock { get; } = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Limber.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Limber.slnx not found above " + AppContext.BaseDirectory);
    }
}
