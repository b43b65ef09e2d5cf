using System.Net;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Pages;

/// <summary>Checks every page must pass: same-origin only, markup the CSP allows, and everything it loads is served.</summary>
public sealed class PageMarkupTests(LimberWebFactory app) : IClassFixture<LimberWebFactory>, IDisposable
{
    private static readonly string[] UrlAttributes = ["src", "href", "action", "srcset", "poster", "data"];

    private readonly Browser _browser = app.CreateBrowser();

    private static readonly string[] PageNames =
    [
        "home", "check-in", "check-in with errors", "plan", "exercise sheet", "emergency plan", "emergency exercise sheet", "session", "rating", "history", "exercises",
        "filtered exercises", "exercise", "sources", "not found", "progress", "activities", "clinician's forms", "printable summary",
        "your data", "delete everything", "reminders", "learn", "article", "feedback",
    ];

    public static TheoryData<string> Pages => new(PageNames);

    /// <summary>Pages whose main heading is in the HTML: the session player draws its own with script.</summary>
    public static TheoryData<string> PagesWithTheirHeading => new(PageNames.Where(name => name != "session"));

    public void Dispose() => _browser.Dispose();

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_references_no_third_party_origin(string name)
    {
        var page = await OpenAsync(name);

        var urls = page.FindAll("[src], [href], [action], [srcset], [poster], [data]")
            .SelectMany(e => UrlAttributes.Select(e.GetAttribute))
            .OfType<string>()
            .SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        urls.ShouldNotBeEmpty();
        urls.Where(ThirdParty).ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_no_inline_script_or_style_that_the_policy_would_block(string name)
    {
        var page = await OpenAsync(name);

        page.FindAll("script:not([src])").Where(s => s.GetAttribute("type") is not ("application/json" or "importmap")).ShouldBeEmpty();

        // The one inline script that runs, the import map, is allowed by its own hash and nothing broader.
        var policy = page.Response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        foreach (var map in page.FindAll("script[type=importmap]"))
        {
            var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(map.TextContent)));
            policy.ShouldContain($"script-src 'self' 'sha256-{hash}';");
        }

        page.FindAll("style, [style]").Select(e => e.OuterHtml[..Math.Min(80, e.OuterHtml.Length)]).ShouldBeEmpty();
        page.FindAll("*").SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal))
            .Select(a => a.Name).ShouldBeEmpty();
        page.FindAll("[href^='javascript:' i], [src^='javascript:' i]").ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_stylesheet_script_module_and_image_a_page_loads_is_served(string name)
    {
        var page = await OpenAsync(name);

        var assets = await PageAssets.LoadAsync(_browser, page);
        var images = new List<PageAssets.Asset>();
        // An image carried in the page itself (the exercise sheet's poses) has nothing to fetch.
        foreach (var src in page.FindAll("img[src]").Select(i => i.GetAttribute("src")!).Where(s => !s.StartsWith("data:", StringComparison.Ordinal)).Distinct())
        {
            using var response = await _browser.Client.GetAsync(new Uri(src, UriKind.Relative));
            images.Add(new PageAssets.Asset(src, response.StatusCode, 0));
        }

        assets.ShouldNotBeEmpty();
        assets.Concat(images).Where(a => a.Status != HttpStatusCode.OK).Select(a => $"{a.Path}: {(int)a.Status}").ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_link_on_a_page_leads_somewhere(string name)
    {
        var page = await OpenAsync(name);

        var links = page.FindAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        links.ShouldNotBeEmpty();
        var broken = new List<string>();
        foreach (var link in links.Where(l => !l.StartsWith("tel:", StringComparison.Ordinal)))
        {
            var (path, fragment) = link.IndexOf('#', StringComparison.Ordinal) is var at and >= 0 ? (link[..at], link[(at + 1)..]) : (link, "");
            var target = path.Length == 0 ? page : await _browser.GetAsync(path);
            if (path.Length > 0 && target.Status is not (HttpStatusCode.OK or HttpStatusCode.Found))
            {
                broken.Add($"{link}: {(int)target.Status}");
            }
            else if (fragment.Length > 0 && target.Status != HttpStatusCode.Found && target.Document.GetElementById(fragment) is null)
            {
                broken.Add($"{link}: no element with id '{fragment}'");
            }
        }

        broken.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(PagesWithTheirHeading))]
    public async Task A_page_has_one_main_heading_and_a_title(string name)
    {
        var page = await OpenAsync(name);

        page.FindAll("h1").Count.ShouldBe(1);
        page.Document.Title.ShouldNotBeNullOrWhiteSpace();
        page.Document.DocumentElement.GetAttribute("lang").ShouldBe("en");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_has_a_description_of_its_own_the_length_of_a_search_snippet(string name)
    {
        var page = await OpenAsync(name);

        var description = page.FindAll("head meta[name=description]").ShouldHaveSingleItem().GetAttribute("content");
        description.ShouldNotBeNullOrWhiteSpace();
        description.Length.ShouldBeInRange(40, 160, description);
        description.ShouldNotBe(page.Document.Title, "a description says more than the title");
    }

    private async Task<HtmlPage> OpenAsync(string name)
    {
        var now = app.Clock.GetUtcNow();
        var page = name switch
        {
            "home" => await _browser.GetAsync("/"),
            "check-in" => await _browser.GetAsync("/check-in"),
            "check-in with errors" => await _browser.SubmitForPageAsync((await Journeys.FilledCheckInAsync(_browser, now)).Set("Form.Age", "")),
            "plan" => await _browser.GetAsync($"/plans/{await Journeys.CheckInAsync(_browser, now, f => f.Set("Form.ThermalPreference", "heat").Check("Form.Equipment", "heat-pack"))}"),
            "exercise sheet" => await _browser.GetAsync($"/plans/{await Journeys.CheckInAsync(_browser, now, f => f.Set("Form.ThermalPreference", "heat").Check("Form.Equipment", "heat-pack"))}/print"),
            "emergency exercise sheet" => await _browser.GetAsync($"/plans/{await Journeys.CheckInAsync(_browser, now, f => f.Check("Form.RedFlags", "major-trauma"))}/print"),
            "emergency plan" => await _browser.GetAsync($"/plans/{await Journeys.CheckInAsync(_browser, now, f => f.Check("Form.RedFlags", "major-trauma"))}"),
            "session" => await _browser.GetAsync($"/sessions/{(await Journeys.StartTodaysSessionAsync(_browser, now)).SessionId}"),
            "rating" => await _browser.GetAsync($"/sessions/{(await Journeys.StartTodaysSessionAsync(_browser, now)).SessionId}/rate"),
            "history" => await _browser.GetAsync("/history"),
            "progress" => await _browser.GetAsync("/progress"),
            "activities" => await _browser.GetAsync("/progress/activities"),
            "clinician's forms" => await _browser.GetAsync("/progress/scores"),
            "printable summary" => await _browser.GetAsync("/progress/print"),
            "exercises" => await _browser.GetAsync("/exercises"),
            "filtered exercises" => await _browser.GetAsync("/exercises?kind=stretch&position=supine&q=knee"),
            "exercise" => await _browser.GetAsync("/exercises/pigeon-pose"),
            "sources" => await _browser.GetAsync("/sources"),
            "your data" => await _browser.GetAsync("/data"),
            "delete everything" => await _browser.GetAsync("/data/delete"),
            "reminders" => await _browser.GetAsync("/reminders"),
            "learn" => await _browser.GetAsync("/learn"),
            "article" => await _browser.GetAsync("/learn/heat-or-cold"),
            "feedback" => await _browser.GetAsync("/feedback"),
            "not found" => await _browser.GetAsync("/no/such/page"),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such page in this test"),
        };
        page.Status.ShouldBe(name == "not found" ? HttpStatusCode.NotFound : HttpStatusCode.OK, name);
        return page;
    }

    /// <summary>An absolute or protocol-relative URL to a host other than the app's own.</summary>
    private static bool ThirdParty(string url)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        return Uri.TryCreate(trimmed.Split(' ')[0], UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.Host != "localhost";
    }
}
