using Limber.Core.Catalog;

namespace Limber.Core.Learn;

/// <summary>Reads the Learn articles (<c>content/learn/*.md</c>), embedded in this assembly or from a folder.</summary>
public static class LearnFiles
{
    private const string Prefix = "content/learn/";

    /// <summary>The articles shipped inside Limber.Core, reported as <c>content/learn/...</c>.</summary>
    public static IReadOnlyList<ContentFile> Embedded()
    {
        var assembly = typeof(LearnFiles).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return new ContentFile(n, reader.ReadToEnd());
            })
            .ToList();
    }

    /// <summary>Every <c>*.md</c> in <c>learn/</c> under a content folder; none when the folder has no <c>learn/</c>.</summary>
    public static IReadOnlyList<ContentFile> FromContentDirectory(string contentDirectory)
    {
        var folder = Path.Combine(contentDirectory, "learn");
        return !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.md")
                .Select(f => f.Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .Select(f => new ContentFile(f, File.ReadAllText(f)))
                .ToList();
    }
}
