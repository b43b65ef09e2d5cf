namespace Limber.Web.Infrastructure;

/// <summary>
/// Headers on every response: a CSP with no inline script and no third-party origins, nosniff, no
/// referrer (the one inline script allowed is the import map, by its hash), and <c>Cache-Control: no-store</c> on everything that does not set its own caching
/// (pages and API answers hold health data; static files and figures set theirs).
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy, with <c>%import-map%</c> for the import map's hash (the one inline script allowed).</summary>
    private const string PolicyFormat =
        "default-src 'self'; script-src 'self' %import-map%; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; worker-src 'self'; media-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Added as the response starts, so error pages (whose handler clears the headers) get them
    /// too; an endpoint that set its own policy (the SVG figures) keeps it.
    /// </summary>
    public static void UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var importMap = app.Services.GetRequiredService<ImportMap>();
        string? policy = null;
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                {
                    headers.ContentSecurityPolicy = policy ??= PolicyFormat.Replace("%import-map%", importMap.ScriptSource, StringComparison.Ordinal);
                }

                if (string.IsNullOrEmpty(headers.CacheControl))
                {
                    headers.CacheControl = "no-store";
                }

                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), screen-wake-lock=(self)";
                return Task.CompletedTask;
            });
            await next(context);
        });
    }
}
