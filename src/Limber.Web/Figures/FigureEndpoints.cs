using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Limber.Core.Catalog;
using Limber.Core.Figures;
using Limber.Web.Infrastructure;

namespace Limber.Web.Figures;

/// <summary>
/// <c>GET /figures/{id}.svg</c> (<c>?mirror=1</c> for the other side, <c>?still=1</c> for one still pose): the drawn,
/// animated figure of a record. A figure is drawn from the embedded catalog by code in Limber.Core, so it can only
/// change with that assembly: pages link <see cref="Url"/>, which carries <c>v=</c> the assembly's build id, and such
/// a URL is cached for a year as immutable. Any other address of a figure (the player's, an old page's) is
/// revalidated with its ETag, so a new release shows at once (docs/adr/0013-delivery.md).
/// </summary>
internal static class FigureEndpoints
{
    /// <summary>What versions a figure URL: Limber.Core's module version id, which a deterministic build changes exactly when its code or embedded content does.</summary>
    public static string Version { get; } = typeof(KnowledgeBase).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>The versioned, immutable address of a record's figure, as pages link it.</summary>
    public static string Url(string id, bool still = false) =>
        $"/figures/{Uri.EscapeDataString(id)}.svg?{(still ? "still=1&" : "")}v={Version}";

    /// <summary>An SVG image may style itself, and nothing else: no scripts, no fetches.</summary>
    public const string FigurePolicy = "default-src 'none'; style-src 'unsafe-inline'";

    private static readonly ConcurrentDictionary<(string Id, bool Mirror, bool Still), (byte[] Body, string ETag)> Cache = new();

    public static void MapFigures(this IEndpointRouteBuilder app) =>
        app.MapGet("/figures/{file}", (string file, string? mirror, string? still, string? v, HttpContext context, KnowledgeBase knowledge) =>
        {
            if (!file.EndsWith(".svg", StringComparison.Ordinal) || knowledge.Find(file[..^4]) is not { Figure: not null } record)
            {
                return Results.NotFound();
            }

            var mirrored = mirror is "1" or "true";
            var stillPose = still is "1" or "true";
            var (body, etag) = Cache.GetOrAdd((record.Id, mirrored, stillPose), key =>
            {
                var bytes = Encoding.UTF8.GetBytes(FigureRenderer.Render(record, key.Mirror, key.Still));
                return (bytes, $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..16]}\"");
            });
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = FigurePolicy;
            headers.CacheControl = v == Version ? "public, max-age=31536000, immutable" : "no-cache";
            headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.Contains(etag))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }

            return Results.Bytes(body, "image/svg+xml");
        })
        .WithSummary("The exercise's figure as animated SVG; ?mirror=1 draws it for the other side, ?still=1 as one still pose.")
        .AllowAnonymous()
        .AsPublicContent()
        .ExcludeFromDescription();
}
