using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Limber.Web.Infrastructure;

/// <summary>A page whose form holds what the person typed; on an expired form token it is shown again, answers kept.</summary>
public interface IKeepsTypedAnswers;

/// <summary>
/// Form tokens are checked after the form is read, so a token that expired (or a cookie that is
/// gone) does not throw away what the person typed: a page that <see cref="IKeepsTypedAnswers"/>
/// is shown again with their answers and a request to send again (400); other forms (a single
/// button) answer 400 with the page that asks to reload and send again. Nothing is written either way.
/// </summary>
internal sealed class ExpiredForms(IAntiforgery antiforgery) : IAsyncPageFilter
{
    public const string Flag = "FormExpired";

    public static void AddExpiredForms(Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection conventions)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute());
        conventions.ConfigureFilter(model => new TypeFilterAttribute(typeof(ExpiredForms)));
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var exempt = context.ActionDescriptor.EndpointMetadata.OfType<IgnoreAntiforgeryTokenAttribute>().Any();
        if (exempt || !HttpMethods.IsPost(http.Request.Method) || await antiforgery.IsRequestValidAsync(http))
        {
            await next();
            return;
        }

        if (context.HandlerInstance is PageModel page and IKeepsTypedAnswers)
        {
            page.ViewData[Flag] = true;
            context.Result = new PageResult { StatusCode = StatusCodes.Status400BadRequest };
            return;
        }

        // A form of buttons only: 400, shown as the page that says the form was not sent.
        context.Result = new BadRequestResult();
    }
}
