namespace Limber.Core.Learn;

/// <summary>
/// One Learn article: Markdown with front matter from <c>content/learn/{slug}.md</c>. The body
/// cites a source as <c>{ID}</c>; <see cref="Sources"/> holds them in the order the text first cites them, which is their reference number.
/// </summary>
public sealed record Article(
    string Slug,
    string Title,
    string Summary,
    int Order,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Exercises,
    IReadOnlyList<string> Explains,
    string Body,
    int ReadMinutes)
{
    /// <summary>The page address: <c>/learn/{slug}</c>.</summary>
    public string Page => $"/learn/{Slug}";

    /// <summary>"N min read", as shown under the title.</summary>
    public string ReadTime => $"{ReadMinutes} min read";

    /// <summary>The reference number of a cited source: its place in <see cref="Sources"/>, from 1; 0 when it is not listed.</summary>
    public int ReferenceNumber(string sourceId) => Sources.ToList().IndexOf(sourceId) + 1;
}

/// <summary>Every Learn article, in reading order, and which one explains a plan's advice or part.</summary>
public sealed class LearnLibrary
{
    private readonly Dictionary<string, Article> _bySlug;
    private readonly Dictionary<string, Article> _byTopic;

    public LearnLibrary(IReadOnlyList<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        Articles = [.. articles.OrderBy(a => a.Order).ThenBy(a => a.Slug, StringComparer.Ordinal)];
        _bySlug = Articles.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _byTopic = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in Articles)
        {
            foreach (var topic in article.Explains)
            {
                _byTopic.TryAdd(topic, article);
            }
        }
    }

    public IReadOnlyList<Article> Articles { get; }

    public Article? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The article that explains a topic: a plan advice code (<c>pregnancy</c>), or <c>session</c>, <c>thermal</c>, <c>habits</c>.</summary>
    public Article? Explaining(string topic) => _byTopic.GetValueOrDefault(topic);

    /// <summary>The articles shipped inside Limber.Core, checked against the embedded knowledge base. Throws when invalid: a bug the tests catch.</summary>
    public static LearnLibrary Embedded => EmbeddedLibrary.Value;

    private static readonly Lazy<LearnLibrary> EmbeddedLibrary = new(() =>
    {
        var load = LearnReader.Read(LearnFiles.Embedded(), Catalog.KnowledgeBase.Embedded);
        return load.Library ?? throw new InvalidOperationException(
            "The embedded Learn articles are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, load.Problems));
    });
}
