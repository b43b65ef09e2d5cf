using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.wwwroot;

public sealed partial class StaticFilesTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    /// <summary>The most the first visit to the home page may download, HTML, CSS and scripts together.</summary>
    private const int FirstLoadBudget = 150 * 1024;

    private readonly Browser _browser = app.CreateBrowser();

    public void Dispose() => _browser.Dispose();

    [Fact]
    public async Task The_first_load_of_home_with_its_css_and_scripts_stays_under_150_KiB()
    {
        var home = await _browser.OpenAsync("/");
        var html = (await home.Response.Content.ReadAsByteArrayAsync()).Length;

        var assets = await PageAssets.LoadAsync(_browser, home);

        assets.Where(a => a.Status != HttpStatusCode.OK).ShouldBeEmpty();
        assets.Select(a => a.Path).ShouldContain(p => FingerprintedAs(p, "/css/site.css"));
        assets.Select(a => a.Path).ShouldContain(p => FingerprintedAs(p, "/js/app.js"));
        (html + assets.Sum(a => a.Bytes)).ShouldBeLessThan(FirstLoadBudget, string.Join(", ", assets.Select(a => $"{a.Path} {a.Bytes} B")));
    }

    [Fact]
    public async Task The_web_manifest_is_served_and_its_icons_exist()
    {
        using var response = await _browser.Client.GetAsync(new Uri("/manifest.webmanifest", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/manifest+json");
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        manifest.RootElement.GetProperty("name").GetString().ShouldBe("Limber");
        manifest.RootElement.GetProperty("start_url").GetString().ShouldBe("/");
        var icons = manifest.RootElement.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("src").GetString()!).ToList();
        icons.ShouldNotBeEmpty();
        foreach (var icon in icons)
        {
            using var iconResponse = await _browser.Client.GetAsync(new Uri(icon, UriKind.Relative));
            iconResponse.StatusCode.ShouldBe(HttpStatusCode.OK, icon);
        }
    }

    [Fact]
    public async Task The_service_worker_is_served_as_javascript_from_the_root()
    {
        using var response = await _browser.Client.GetAsync(new Uri("/sw.js", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBeOneOf("text/javascript", "application/javascript");
        (await response.Content.ReadAsStringAsync()).ShouldContain("addEventListener('fetch'");
    }

    [Fact]
    public async Task Every_file_the_service_worker_names_is_served()
    {
        using var worker = await _browser.Client.GetAsync(new Uri("/sw.js", UriKind.Relative));
        var script = await worker.Content.ReadAsStringAsync();
        var urls = QuotedFile().Matches(script).Select(m => m.Groups[1].Value).Distinct().ToList();
        urls.ShouldNotBeEmpty();

        var missing = new List<string>();
        foreach (var url in urls)
        {
            using var response = await _browser.Client.GetAsync(new Uri(url, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                missing.Add($"{url}: {(int)response.StatusCode}");
            }
        }

        missing.ShouldBeEmpty();
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="plain"/> with a build fingerprint: /js/app.1a2b3c4d5e.js for /js/app.js.</summary>
    private static bool FingerprintedAs(string path, string plain) =>
        Regex.IsMatch(path, $"^{Regex.Escape(Path.ChangeExtension(plain, null))}\\.[0-9a-z]{{10}}{Regex.Escape(Path.GetExtension(plain))}$");

    /// <summary>A quoted absolute path to a file (it has an extension), such as '/css/site.css'.</summary>
    [GeneratedRegex(@"['""`](/[\w\-/]+\.\w+)['""`]")]
    private static partial Regex QuotedFile();
}
