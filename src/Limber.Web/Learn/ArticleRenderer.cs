using System.Collections.Concurrent;
using Limber.Core.Learn;
using Markdig;

namespace Limber.Web.Learn;

/// <summary>
/// Renders an article's Markdown with Markdig. Raw HTML in the Markdown is not passed through;
/// each <c>{ID}</c> citation becomes a numbered link to its entry in the reference list.
/// </summary>
public sealed class ArticleRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoIdentifiers().Build();

    private readonly ConcurrentDictionary<string, string> _html = new(StringComparer.Ordinal);

    public string Html(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _html.GetOrAdd(article.Slug, _ =>
        {
            var markdown = LearnReader.CitationPattern().Replace(article.Body, m =>
            {
                var number = article.ReferenceNumber(m.Groups["id"].Value);
                return $"[\\[{number}\\]](#ref-{number})";
            });
            return Markdown.ToHtml(markdown, Pipeline);
        });
    }
}
