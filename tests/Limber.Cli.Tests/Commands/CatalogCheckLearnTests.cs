namespace Limber.Cli.Tests.Commands;

/// <summary><c>limber catalog check</c> covers the Learn articles in <c>content/learn/</c> too.</summary>
public sealed class CatalogCheckLearnTests : IDisposable
{
    private readonly string _copy = Path.Combine(Path.GetTempPath(), "limber-learn-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_copy))
        {
            Directory.Delete(_copy, recursive: true);
        }
    }

    [Fact]
    public void Catalog_check_counts_the_learn_articles()
    {
        var run = CliRun.Of("catalog", "check");

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("8 Learn articles");
    }

    [Fact]
    public void Catalog_check_lists_an_article_s_unknown_source_and_exercise_with_path_and_line()
    {
        var source = Path.Combine(CliRun.RepositoryRoot, "content");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var article = Path.Combine(_copy, "learn", "staying-active.md");
        var lines = File.ReadAllLines(article).ToList();
        var sourcesLine = lines.FindIndex(l => l.StartsWith("sources:", StringComparison.Ordinal)) + 1;
        lines[sourcesLine - 1] = lines[sourcesLine - 1].Replace("]", ", NOT-A-SOURCE]", StringComparison.Ordinal);
        lines.Add("See [this](/exercises/not-an-exercise).");
        File.WriteAllLines(article, lines);

        var run = CliRun.Of("catalog", "check", "--content", _copy);

        run.ExitCode.ShouldBe(1);
        var problems = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        problems.ShouldContain($"{_copy}/learn/staying-active.md:{sourcesLine}: unknown source 'NOT-A-SOURCE' in 'sources'");
        problems.ShouldContain($"{_copy}/learn/staying-active.md:{lines.Count}: link to unknown exercise '/exercises/not-an-exercise'");
        run.Error.ShouldContain("problem(s) in the content");
    }
}
