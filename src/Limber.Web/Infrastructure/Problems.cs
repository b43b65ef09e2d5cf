using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Limber.Web.Infrastructure;

/// <summary>
/// Errors as problem+json for the API (unknown ids, 405, 415, oversize and broken bodies) and as
/// pages for people. A request the client got wrong (bad framing, a body too large or too slow)
/// is its own 4xx, never a 500.
/// </summary>
internal static partial class Problems
{
    public static void AddLimberProblems(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestProblems>();
    }

    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static void UseLimberErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });

        // The API answers every bodiless error as problem+json; pages re-render the friendly page.
        app.UseWhen(IsApi, api => api.UseStatusCodePages(context => WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode, null)));
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/NotFound"));
    }

    public static async Task WriteAsync(HttpContext context, int status, string? detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = ReasonPhrases.GetReasonPhrase(status), Detail = detail },
        });
    }

    /// <summary>The answer to a rate-limited request: problem+json for the API, a short page for people.</summary>
    public static async Task WriteTooManyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        const string Wait = "Too many attempts from this address. Wait a few minutes, then try again.";
        if (IsApi(context))
        {
            await WriteAsync(context, StatusCodes.Status429TooManyRequests, Wait);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many attempts · Limber</title></head><body><main><h1>Too many attempts</h1><p>{Wait}</p><p><a href=\"/\">Limber home</a></p></main></body></html>",
            cancellationToken);
    }

    /// <summary>A client's broken request (Kestrel's or ours) answered with its own status, as problem+json.</summary>
    private sealed partial class BadRequestProblems(ILogger<BadRequestProblems> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is BadHttpRequestException bad)
            {
                LogBadRequest(logger, bad.StatusCode);
                await WriteAsync(httpContext, bad.StatusCode, bad.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {RequestLimits.MaxBodyBytes / 1024} KB.",
                    StatusCodes.Status408RequestTimeout => "The request body arrived too slowly.",
                    _ => "The request could not be read.",
                });
                return true;
            }

            if (IsApi(httpContext))
            {
                await WriteAsync(httpContext, StatusCodes.Status500InternalServerError, "Something went wrong on our side; nothing was saved.");
                return true;
            }

            return false;
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Rejected a broken request with {Status}")]
        private static partial void LogBadRequest(ILogger logger, int status);
    }
}
