using Limber.Core.Learn;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Pages.Learn;

/// <summary>Every Learn article, in reading order, with its read time and summary.</summary>
public sealed class IndexModel(LearnLibrary library) : PageModel
{
    public IReadOnlyList<Article> Articles => library.Articles;

    public void OnGet()
    {
    }
}
