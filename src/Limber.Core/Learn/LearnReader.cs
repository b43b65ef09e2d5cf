using System.Text.RegularExpressions;
using Limber.Core.Catalog;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Limber.Core.Learn;

/// <summary>The result of reading the articles: a library when there were no problems.</summary>
public sealed record LearnLoad(LearnLibrary? Library, IReadOnlyList<ContentProblem> Problems);

/// <summary>
/// Reads and validates the Learn articles against the knowledge base: every source and exercise an
/// article names or links to must exist, every citation must be listed, and each article needs
/// references and related exercises. All problems are collected as <c>path:line: message</c>.
/// </summary>
public static partial class LearnReader
{
    /// <summary>Words read per minute for the read time; a slow, careful pace.</summary>
    public const int WordsPerMinute = 180;

    private static readonly string[] Fields = ["title", "summary", "order", "sources", "exercises", "explains"];

    public static LearnLoad Read(IReadOnlyList<ContentFile> files, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(knowledge);
        var problems = new List<ContentProblem>();
        var articles = new List<Article>();
        foreach (var file in files)
        {
            if (ReadArticle(file, knowledge, problems) is { } article)
            {
                articles.Add(article);
            }
        }

        if (problems.Count > 0)
        {
            return new LearnLoad(null, [.. problems.OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line)]);
        }

        return new LearnLoad(new LearnLibrary(articles), []);
    }

    /// <summary>The read time of a Markdown body in whole minutes, at least 1.</summary>
    public static int ReadMinutes(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var words = WordPattern().Count(CitationPattern().Replace(body, ""));
        return Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerMinute));
    }

    private static Article? ReadArticle(ContentFile file, KnowledgeBase knowledge, List<ContentProblem> problems)
    {
        var slug = Path.GetFileNameWithoutExtension(file.Path);
        if (!SlugPattern().IsMatch(slug))
        {
            problems.Add(new ContentProblem(file.Path, 1, $"the file name '{slug}' must be a kebab-case slug"));
        }

        var lines = file.Text.ReplaceLineEndings("\n").Split('\n');
        var end = Array.IndexOf(lines, "---", 1);
        if (lines.Length == 0 || lines[0] != "---" || end < 0)
        {
            problems.Add(new ContentProblem(file.Path, 1, "an article starts with front matter between two '---' lines"));
            return null;
        }

        // Parse the front matter with a blank first line so YAML line numbers are file line numbers.
        var frontMatter = "\n" + string.Join('\n', lines[1..end]);
        YamlMappingNode node;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(frontMatter));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new ContentProblem(file.Path, 2, "the front matter must be one YAML mapping"));
                return null;
            }

            node = root;
        }
        catch (YamlException e)
        {
            problems.Add(new ContentProblem(file.Path, (int)e.Start.Line, $"malformed front matter: {e.InnerException?.Message ?? e.Message}"));
            return null;
        }

        var map = new YamlMap(node, file.Path, "", problems);
        map.AllowOnly(Fields);
        var title = map.String("title");
        var summary = map.String("summary");
        var order = map.Int("order");
        var sources = Known(map, "sources", id => knowledge.FindSource(id) is not null, "source");
        var exercises = Known(map, "exercises", id => knowledge.Find(id) is not null, "exercise or therapy");
        var explains = map.Strings("explains").Select(s => s.Value).ToList();

        var bodyStart = end + 2;
        var body = string.Join('\n', lines[(end + 1)..]).Trim('\n');
        if (string.IsNullOrWhiteSpace(body))
        {
            problems.Add(new ContentProblem(file.Path, bodyStart, "the article has no text after its front matter"));
        }

        // References are numbered in the order the text first cites them.
        var cited = CheckBody(file.Path, lines, end + 1, sources, map.LineOf("sources"), knowledge, problems);
        sources = [.. cited.Where(sources.Contains)];
        if (title is null || summary is null || order is null)
        {
            return null;
        }

        return new Article(slug, title, summary, order.Value, sources, exercises, explains, body, ReadMinutes(body));
    }

    private static List<string> Known(YamlMap map, string key, Func<string, bool> exists, string what)
    {
        // Strings(required) already reports a missing or empty list.
        var values = map.Strings(key, required: true);

        var known = new List<string>();
        foreach (var (value, line) in values)
        {
            if (!exists(value))
            {
                map.Report(line, $"unknown {what} '{value}' in '{key}'");
            }
            else if (known.Contains(value, StringComparer.Ordinal))
            {
                map.Report(line, $"'{value}' is listed twice in '{key}'");
            }
            else
            {
                known.Add(value);
            }
        }

        return known;
    }

    /// <summary>Every <c>{ID}</c> citation must be in the front matter's sources, and every link to an exercise or source must exist.</summary>
    private static List<string> CheckBody(string path, string[] lines, int first, List<string> sources, int sourcesLine, KnowledgeBase knowledge, List<ContentProblem> problems)
    {
        var cited = new List<string>();
        for (var i = first; i < lines.Length; i++)
        {
            var line = i + 1;
            foreach (Match citation in CitationPattern().Matches(lines[i]))
            {
                var id = citation.Groups["id"].Value;
                if (!cited.Contains(id, StringComparer.Ordinal))
                {
                    cited.Add(id);
                }

                if (knowledge.FindSource(id) is null)
                {
                    problems.Add(new ContentProblem(path, line, $"unknown source '{id}' cited"));
                }
                else if (!sources.Contains(id, StringComparer.Ordinal))
                {
                    problems.Add(new ContentProblem(path, line, $"source '{id}' is cited but not listed in 'sources'"));
                }
            }

            foreach (Match link in ExerciseLinkPattern().Matches(lines[i]))
            {
                var id = link.Groups["id"].Value;
                if (knowledge.Find(id) is null)
                {
                    problems.Add(new ContentProblem(path, line, $"link to unknown exercise '/exercises/{id}'"));
                }
            }

            foreach (Match link in SourceLinkPattern().Matches(lines[i]))
            {
                var id = link.Groups["id"].Value;
                if (knowledge.FindSource(id) is null)
                {
                    problems.Add(new ContentProblem(path, line, $"link to unknown source '/sources#{id}'"));
                }
            }
        }

        foreach (var id in sources.Where(s => !cited.Contains(s)))
        {
            problems.Add(new ContentProblem(path, sourcesLine, $"source '{id}' is listed in 'sources' but never cited as {{{id}}} in the text"));
        }

        return cited;
    }

    /// <summary>A citation in the body: <c>{NICE-NG59}</c>.</summary>
    [GeneratedRegex(@"\{(?<id>[A-Z0-9][A-Za-z0-9-]*)\}")]
    public static partial Regex CitationPattern();

    [GeneratedRegex(@"\]\(/exercises/(?<id>[^)#?\s]+)\)")]
    private static partial Regex ExerciseLinkPattern();

    [GeneratedRegex(@"\]\(/sources#(?<id>[^)\s]+)\)")]
    private static partial Regex SourceLinkPattern();

    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
