namespace Limber.Web.Infrastructure;

/// <summary>
/// Static files hold no health data: a versioned URL (<c>?v=</c>, from asp-append-version) is
/// cached for a year as immutable; the rest is revalidated with its ETag (never <c>no-store</c>).
/// </summary>
internal static class StaticCaching
{
    public static StaticFileOptions Options { get; } = new()
    {
        OnPrepareResponse = context =>
        {
            context.Context.Response.Headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "no-cache";
        },
    };
}
