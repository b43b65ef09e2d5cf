using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Limber.Web.Tests.Support;

/// <summary>Gets pages, parses them with AngleSharp and posts their forms the way a browser would (cookies included).</summary>
public sealed class Browser(HttpClient client) : IDisposable
{
    private static readonly Uri Origin = new("http://localhost/");

    public HttpClient Client => client;

    /// <summary>GETs <paramref name="url"/> and parses the body as HTML, whatever the status.</summary>
    public async Task<HtmlPage> GetAsync(string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(url, response);
    }

    /// <summary>GETs a page that must answer 200.</summary>
    public async Task<HtmlPage> OpenAsync(string url)
    {
        var page = await GetAsync(url);
        page.Status.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return page;
    }

    /// <summary>Posts the form with its current fields to its action (or to the page's own address when it has none).</summary>
    public async Task<HttpResponseMessage> SubmitAsync(FormData form)
    {
        ArgumentNullException.ThrowIfNull(form);
        using var content = new FormUrlEncodedContent(form.Fields);
        return await client.PostAsync(new Uri(form.Action, UriKind.Relative), content);
    }

    /// <summary>Posts the form as multipart/form-data, the way a script's <c>fetch(action, { body: new FormData(form) })</c> does.</summary>
    public async Task<HttpResponseMessage> SubmitMultipartAsync(FormData form)
    {
        ArgumentNullException.ThrowIfNull(form);
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields)
        {
            content.Add(new StringContent(value), name);
        }

        return await client.PostAsync(new Uri(form.Action, UriKind.Relative), content);
    }

    /// <summary>Posts the form and parses the page that comes back (a re-rendered form, for instance).</summary>
    public async Task<HtmlPage> SubmitForPageAsync(FormData form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var response = await SubmitAsync(form);
        return await ParseAsync(form.Action, response);
    }

    /// <summary>Follows a redirect (which must be one) and parses the page it leads to.</summary>
    public async Task<HtmlPage> FollowAsync(HttpResponseMessage redirect)
    {
        ArgumentNullException.ThrowIfNull(redirect);
        redirect.StatusCode.ShouldBeOneOf(HttpStatusCode.Found, HttpStatusCode.SeeOther, HttpStatusCode.Redirect);
        return await GetAsync(LocationOf(redirect));
    }

    /// <summary>The path (and query) a redirect points to.</summary>
    public static string LocationOf(HttpResponseMessage redirect)
    {
        ArgumentNullException.ThrowIfNull(redirect);
        var location = redirect.Headers.Location.ShouldNotBeNull("the response has no Location header");
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static async Task<HtmlPage> ParseAsync(string url, HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(new Uri(Origin, url)));
        return new HtmlPage(url, response, (IHtmlDocument)document, html);
    }

    public void Dispose() => client.Dispose();
}

/// <summary>One loaded page: the response, its raw HTML and the parsed document.</summary>
public sealed record HtmlPage(string Url, HttpResponseMessage Response, IHtmlDocument Document, string Html)
{
    public HttpStatusCode Status => Response.StatusCode;

    /// <summary>The element matching <paramref name="selector"/>, which must exist.</summary>
    public IElement Find(string selector) =>
        Document.QuerySelector(selector).ShouldNotBeNull($"no element matches '{selector}' on {Url}");

    public IHtmlCollection<IElement> FindAll(string selector) => Document.QuerySelectorAll(selector);

    public bool Has(string selector) => Document.QuerySelector(selector) is not null;

    /// <summary>The page's text with runs of white space collapsed.</summary>
    public string Text => Collapse(Document.Body?.TextContent ?? "");

    /// <summary>The form matching <paramref name="selector"/> with the values a browser would send now.</summary>
    public FormData Form(string selector = "main form") =>
        FormData.Of((IHtmlFormElement)Find(selector), Url);

    /// <summary>The form that holds the element matching <paramref name="selector"/> (a submit button, say).</summary>
    public FormData FormOf(string selector) =>
        FormData.Of(Find(selector).Closest("form").ShouldNotBeNull($"'{selector}' is not inside a form") as IHtmlFormElement
            ?? throw new InvalidOperationException("not a form"), Url);

    /// <summary>
    /// The error text shown next to the control named <paramref name="name"/>: the <c>.field-error</c> of its
    /// nearest <c>.field</c> or fieldset.
    /// </summary>
    public string ErrorNextTo(string name)
    {
        var control = Find($"[name='{name}']");
        var field = control.Closest(".field, fieldset").ShouldNotBeNull($"'{name}' is not inside a .field or fieldset");
        return Collapse(string.Concat(field.QuerySelectorAll(".field-error").Select(e => e.TextContent)));
    }

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
