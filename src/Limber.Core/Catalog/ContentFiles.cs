namespace Limber.Core.Catalog;

/// <summary>One YAML file of the knowledge base: the path to report in problems, and its text.</summary>
public sealed record ContentFile(string Path, string Text);

/// <summary>Reads the knowledge base's files, either embedded in this assembly or from a folder.</summary>
public static class ContentFiles
{
    private const string Prefix = "content/";

    /// <summary>The content shipped inside Limber.Core, reported as <c>content/...</c>.</summary>
    public static IReadOnlyList<ContentFile> Embedded()
    {
        var assembly = typeof(ContentFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return new ContentFile(n.Replace('\\', '/'), reader.ReadToEnd());
            })
            .ToList();
    }

    /// <summary>Every <c>*.yaml</c> under <paramref name="directory"/>, reported with the folder as given.</summary>
    public static IReadOnlyList<ContentFile> FromDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.Combine(directory, Path.GetRelativePath(directory, f)).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(f => new ContentFile(f, File.ReadAllText(f)))
            .ToList();
}
