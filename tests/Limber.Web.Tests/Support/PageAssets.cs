using System.Net;
using System.Text;
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
    /// following the <c>import</c>s of every script, each file once.
    /// </summary>
    public static async Task<IReadOnlyList<Asset>> LoadAsync(Browser browser, HtmlPage page)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(page);
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
                    queue.Enqueue(imported);
                }
            }
        }

        return [.. assets.Values];
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

    [GeneratedRegex("""(?:\bimport\s*(?:[\w*{}\s,$]+\sfrom\s*)?|\bimport\s*\(\s*|\bexport\s*[\w*{}\s,$]+\sfrom\s*)['"](?<spec>[^'"]+)['"]""")]
    private static partial Regex ImportSpecifier();
}
