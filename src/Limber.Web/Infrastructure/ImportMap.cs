using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace Limber.Web.Infrastructure;

/// <summary>
/// The pages' import map: each module's plain path (<c>/js/words.js</c>, what a module's relative
/// <c>import './words.js'</c> resolves to) mapped to its fingerprinted URL from the static assets
/// manifest, so imported modules are cached as immutable like the entry scripts. The map is inline,
/// so the CSP allows exactly this text by its SHA-256 (<see cref="ScriptSource"/>); no other inline
/// script runs. Built once from the manifest, which does not change while the app runs.
/// </summary>
internal sealed class ImportMap(EndpointDataSource endpoints)
{
    private readonly Lazy<(string Json, string Source)> _map = new(() => Build(endpoints), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The map's JSON, written between <c>&lt;script type="importmap"&gt;</c> and <c>&lt;/script&gt;</c> exactly as is.</summary>
    public string Json => _map.Value.Json;

    /// <summary>The CSP source that allows <see cref="Json"/> as an inline import map: <c>'sha256-…'</c>.</summary>
    public string ScriptSource => _map.Value.Source;

    private static (string Json, string Source) Build(EndpointDataSource endpoints)
    {
        var assets = endpoints.Endpoints
            .Select(e => e.Metadata.GetMetadata<ResourceAssetCollection>())
            .FirstOrDefault(c => c is not null);
        var imports = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in assets ?? (IEnumerable<ResourceAsset>)[])
        {
            var label = asset.Properties?.FirstOrDefault(p => p.Name == "label")?.Value;
            if (label is not null && label.StartsWith("js/", StringComparison.Ordinal) && label.EndsWith(".js", StringComparison.Ordinal) && label != asset.Url)
            {
                imports["/" + label] = "/" + asset.Url;
            }
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("imports");
            foreach (var (plain, fingerprinted) in imports)
            {
                writer.WriteString(plain, fingerprinted);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        var bytes = buffer.ToArray();
        return (Encoding.UTF8.GetString(bytes), $"'sha256-{Convert.ToBase64String(SHA256.HashData(bytes))}'");
    }
}
