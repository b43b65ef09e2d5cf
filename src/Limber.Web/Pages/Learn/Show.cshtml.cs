using Limber.Core.Catalog;
using Limber.Core.Learn;
using Limber.Web.Learn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Learn;

/// <summary>One article: read time under the title, the text, related exercises and numbered references.</summary>
public sealed class ShowModel(LearnLibrary library, KnowledgeBase knowledge, ArticleRenderer renderer) : PageModel
{
    public Article Article { get; private set; } = null!;

    public KnowledgeBase Knowledge => knowledge;

    /// <summary>The article's text as HTML (Markdig, raw HTML disabled).</summary>
    public string Html { get; private set; } = "";

    public IActionResult OnGet(string slug)
    {
        if (library.Find(slug) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        Html = renderer.Html(article);
        return Page();
    }
}
