using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Limber.Web.Infrastructure;

/// <summary>
/// A request that none of a page's handlers answers (a POST to a page that only has named POST
/// handlers, or <c>?handler=Unknown</c>) would otherwise render the page without running any
/// handler, with its model never loaded. It gets a clean status page instead: 404 when it named
/// a handler the page does not have, otherwise 405 with <c>Allow</c> naming the methods the page
/// answers without a handler name.
/// </summary>
internal sealed class UnmatchedHandler : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (context.HandlerMethod is not null || handlers.Count == 0)
        {
            return;
        }

        var request = context.HttpContext.Request;
        var named = request.Query.ContainsKey("handler")
            || (context.RouteData.Values.TryGetValue("handler", out var value) && value is string { Length: > 0 });
        if (named)
        {
            context.Result = new NotFoundResult();
            return;
        }

        // Only the methods answered without naming a handler, e.g. GET for a page whose only POST is "Start".
        var methods = handlers.Where(h => h.Name is null).Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().Order(StringComparer.Ordinal);
        context.HttpContext.Response.Headers.Allow = string.Join(", ", methods);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
