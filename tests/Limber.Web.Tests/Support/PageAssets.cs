using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Limber.Web.Tests.Support;

/// <summary>What a browser downloads for a page: what it links and scripts in, and every module those scripts import.</summary>
public static partial class PageAssets
{
    private const string Loaded =
        "link[rel~=stylesheet], link[rel~=icon], link[rel~=manifest], link[rel~=modulepreload], script[src], img[src]:not([loading=lazy]):not([src^='data:'])";

    /// <summary>One file a page loaded: its status and size in bytes.</summary>
    public sealed record Asset(string Path, HttpStatusCode Status, long Bytes);

    /// <summary>
    /// Fetches everything <paramref name="page"/> loads up front (stylesheets, icons, manifest, scripts, eager images; an image carried in the page as a data: address has nothing to fetch),
    /// following the <c>import</c>s of every script through the page's import map, as a browser does, each file once.
    /// </summary>
    public static async Task<IReadOnlyList<Asset>> LoadAsync(Browser browser, HtmlPage page)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(page);
        var map = ImportMapOf(page);
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        var queue = new Queue<string>(page.FindAll(Loaded).Select(e => e.GetAttribute(e.LocalName is "link" ? "href" : "src")!));
        while (queue.TryDequeue(out var url))
        {
            var path = url.Split('?')[0];
            if (assets.ContainsKey(path))
            {
                continue;
            }

            using var response = await browser.Client.GetAsync(new Uri(url, UriKind.Relative));
            var body = await response.Content.ReadAsByteArrayAsync();
            assets[path] = new Asset(path, response.StatusCode, body.Length);
            if (response.StatusCode == HttpStatusCode.OK && path.EndsWith(".js", StringComparison.Ordinal))
            {
                foreach (var imported in ImportsOf(Encoding.UTF8.GetString(body), path))
                {
                    queue.Enqueue(map.TryGetValue(imported, out var mapped) ? mapped : imported);
                }
            }
        }

        return [.. assets.Values];
    }

    /// <summary>The page's import map: plain module path to the URL it loads from (empty when the page has none).</summary>
    public static IReadOnlyDictionary<string, string> ImportMapOf(HtmlPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Document.QuerySelector("script[type=importmap]") is not { } script)
        {
            return new Dictionary<string, string>();
        }

        using var json = JsonDocument.Parse(script.TextContent);
        return json.RootElement.GetProperty("imports").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    /// <summary>Relative module specifiers a script imports (static, re-exported and dynamic), resolved against it.</summary>
    public static IEnumerable<string> ImportsOf(string script, string path)
    {
        var baseUri = new Uri(new Uri("http://localhost"), path);
        return ImportSpecifier().Matches(script)
            .Select(m => m.Groups["spec"].Value)
            .Where(spec => spec.StartsWith('.') || spec.StartsWith('/'))
            .Select(spec => new Uri(baseUri, spec).PathAndQuery);
    }

    /// <summary>The plain path of a fingerprinted file (<c>/js/app.1a2b3c4d5e.js</c> is <c>/js/app.js</c>); any other path as it is.</summary>
    public static string Plain(string path) => Fingerprint().Replace(path, "$1");

    [GeneratedRegex(@"\.[0-9a-z]{10}(\.[a-z]+)$")]
    private static partial Regex Fingerprint();

    [GeneratedRegex("""(?:\bimport\s*(?:[\w*{}\s,$]+\sfrom\s*)?|\bimport\s*\(\s*|\bexport\s*[\w*{}\s,$]+\sfrom\s*)['"](?<spec>[^'"]+)['"]""")]
    private static partial Regex ImportSpecifier();
}
