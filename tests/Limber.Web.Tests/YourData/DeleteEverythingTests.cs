using System.Net;
using System.Text;
using Limber.Web.Tests.Api;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.YourData;

/// <summary>"Delete everything", through the API and through the page's confirm step.</summary>
public sealed class DeleteEverythingTests : IDisposable
{
    private readonly LimberWebFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"confirm":"delete"}""")]
    [InlineData("""{"confirm":"Delete Everything"}""")]
    [InlineData("""{"confirm":"delete everything","deleteAccount":true}""")]
    [InlineData("""{"confirm":"delete everything","also":1}""")]
    [InlineData("""{"confirm":true}""")]
    public async Task Anything_but_the_exact_confirmation_is_a_400_and_deletes_nothing(string body)
    {
        await Everything.SeedAsync(_app);
        var before = await Everything.CountsAsync(_app);
        using var client = _app.CreateClient();

        using var response = await client.PostJsonTextAsync("/api/data/delete", body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await Everything.CountsAsync(_app)).ShouldBe(before);
    }

    [Fact]
    public async Task The_confirmed_delete_answers_204_and_leaves_no_row_of_the_person()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();

        using var response = await client.PostJsonTextAsync("/api/data/delete", """{"confirm":"delete everything"}""");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Everything.CountsAsync(_app)).ShouldAllBe(n => n == 0);
        (await client.GetStringAsync(new Uri("/api/export/sessions.csv", UriKind.Relative))).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        var history = await client.GetStringAsync(new Uri("/history", UriKind.Relative));
        history.ShouldNotContain("MARKER");
    }

    [Fact]
    public async Task The_page_deletes_only_after_the_words_are_typed_and_then_says_so()
    {
        await Everything.SeedAsync(_app);
        using var browser = _app.CreateBrowser();
        var data = await browser.OpenAsync("/data");
        data.Find("#delete-start").GetAttribute("href").ShouldBe("/data/delete");

        var confirm = await browser.OpenAsync("/data/delete");
        confirm.Text.ShouldContain("1 session");
        var refused = await browser.SubmitForPageAsync(confirm.FormOf("#delete-form").Set("Confirm", "yes"));
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Find("#delete-problem").TextContent.ShouldContain("Nothing was deleted");
        (await Everything.CountsAsync(_app)).Sum().ShouldBeGreaterThan(0);

        var response = await browser.SubmitAsync(refused.FormOf("#delete-form").Set("Confirm", "delete everything"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await browser.FollowAsync(response);
        after.Find("#erased").TextContent.ShouldContain("Everything is deleted");
        after.Text.ShouldContain("Nothing yet.");
        (await Everything.CountsAsync(_app)).ShouldAllBe(n => n == 0);
    }
}

/// <summary>After "delete everything" on the embedded SQLite database, its files hold no trace of what was deleted.</summary>
public sealed class DeleteLeavesNoTraceTests : IDisposable
{
    private readonly LimberWebFactory _app = new() { Sqlite = true };

    public void Dispose() => _app.Dispose();

    private byte[][] DatabaseFiles() =>
        [.. Directory.GetFiles(_app.DataDirectory).Where(f => Path.GetFileName(f).StartsWith("limber.db", StringComparison.Ordinal)).Select(ReadShared)];

    private static byte[] ReadShared(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        file.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Holds(byte[][] files, string text) =>
        files.Any(f => f.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || f.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0);

    [Fact]
    public async Task After_delete_the_database_files_hold_no_trace_of_a_marker_note()
    {
        await Everything.SeedAsync(_app);
        using var client = _app.CreateClient();
        Holds(DatabaseFiles(), "MARKER-zq81").ShouldBeTrue("the test must see the marker before the delete, or it proves nothing");

        using var response = await client.PostJsonTextAsync("/api/data/delete", """{"confirm":"delete everything"}""");
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var files = DatabaseFiles();
        files.Length.ShouldBeGreaterThan(0);
        Holds(files, "MARKER-zq81").ShouldBeFalse();
        Holds(files, "Putting on socks").ShouldBeFalse();
        Holds(files, "Europe/London").ShouldBeFalse();
        (await _app.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync())).ShouldBe(["ok"]);
    }
}
