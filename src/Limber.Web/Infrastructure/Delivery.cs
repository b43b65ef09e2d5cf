using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Limber.Web.Infrastructure;

/// <summary>
/// How responses reach the phone (docs/adr/0013-delivery.md): static files come precompressed from the build's
/// manifest; of the dynamic responses only public content (the library, Learn, sources, the figures) is
/// compressed, because it holds no secret a compression side channel (BREACH) could recover; pages with health
/// data or form tokens are sent uncompressed. The whole library page, the same for everyone who is not signed
/// in, is rendered once and kept.
/// </summary>
internal static class Delivery
{
    /// <summary>The output-cache policy of the unfiltered library page.</summary>
    public const string LibraryPolicy = "library";

    public static void AddLimberDelivery(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Run from a build (`dotnet run`, tests) in any environment, the precompressed files are found where the
        // build left them (a published app has them in wwwroot and no such manifest, so this does nothing there).
        builder.WebHost.UseStaticWebAssets();

        var services = builder.Services;
        services.AddSingleton<ImportMap>();
        services.AddSingleton<IResponseCompressionProvider, PublicContentCompression>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);

        // The default policy already refuses signed-in requests and responses that set a cookie.
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 8 * 1024 * 1024;
            options.AddPolicy(LibraryPolicy, policy => policy
                .With(context => !context.HttpContext.Request.QueryString.HasValue)
                .Expire(TimeSpan.FromDays(365)));
        });
    }

    /// <summary>Public, secret-free content: the knowledge base pages and the figures; the only dynamic responses compressed.</summary>
    public static TBuilder AsPublicContent<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PublicContent.Instance);

    /// <summary>Marks an endpoint whose response holds no health data and no secret.</summary>
    internal sealed class PublicContent
    {
        public static PublicContent Instance { get; } = new();
    }

    /// <summary>Compresses a response only when its endpoint is <see cref="PublicContent"/> (static files arrive already compressed).</summary>
    private sealed class PublicContentCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
        : ResponseCompressionProvider(services, options)
    {
        public override bool ShouldCompressResponse(HttpContext context) =>
            context.GetEndpoint()?.Metadata.GetMetadata<PublicContent>() is not null && base.ShouldCompressResponse(context);
    }
}
