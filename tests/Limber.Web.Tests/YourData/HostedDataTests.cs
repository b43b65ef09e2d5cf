using System.Net;
using Limber.Web.Tests.Api;
using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.YourData;

/// <summary>Hosted mode: export, import and delete act on the signed-in account only.</summary>
public sealed class HostedDataTests : IDisposable
{
    private readonly LimberWebFactory _app = new() { Hosted = true };

    public void Dispose() => _app.Dispose();

    private Task<string> IdOfAsync(string userName) =>
        _app.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task<(Browser Browser, string Id)> PersonAsync(string userName)
    {
        var browser = _app.CreateBrowser();
        await Support.Accounts.RegisterAsync(browser, userName);
        return (browser, await IdOfAsync(userName));
    }

    [Fact]
    public async Task Signed_out_the_data_endpoints_answer_401_and_the_pages_ask_to_sign_in()
    {
        using var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { "/api/export/limber.json", "/api/export/sessions.csv", "/api/export/fhir.json" })
        {
            using var get = await client.GetAsync(new Uri(url, UriKind.Relative));
            get.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, url);
        }

        using var import = await client.PostJsonTextAsync("/api/import", "{}");
        import.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var delete = await client.PostJsonTextAsync("/api/data/delete", """{"confirm":"delete everything"}""");
        delete.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        foreach (var url in new[] { "/data", "/data/delete" })
        {
            using var page = await client.GetAsync(new Uri(url, UriKind.Relative));
            page.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            page.Headers.Location!.AbsolutePath.ShouldBe("/account/login");
        }
    }

    [Fact]
    public async Task One_accounts_export_imported_into_a_second_account_gives_it_its_own_copy_and_twice_is_once()
    {
        var (ann, annId) = await PersonAsync("ann@example.org");
        var (bob, bobId) = await PersonAsync("bob@example.org");
        using (ann)
        using (bob)
        {
            await Everything.SeedAsync(_app, annId);
            var export = await ann.Client.GetStringAsync(new Uri("/api/export/limber.json", UriKind.Relative));
            var annRows = await Everything.CountsAsync(_app, annId);

            using (var first = await bob.Client.PostJsonTextAsync("/api/import", export))
            {
                first.StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            using (var second = await bob.Client.PostJsonTextAsync("/api/import", export))
            {
                second.StatusCode.ShouldBe(HttpStatusCode.OK);
                (await second.Content.ReadAsStringAsync()).ShouldContain("\"added\":0");
            }

            (await Everything.CountsAsync(_app, bobId)).ShouldBe(annRows);
            (await Everything.CountsAsync(_app, annId)).ShouldBe(annRows);
            var bobExport = await bob.Client.GetStringAsync(new Uri("/api/export/limber.json", UriKind.Relative));
            bobExport.ShouldContain("MARKER-zq81");
        }
    }

    [Fact]
    public async Task Delete_removes_only_that_accounts_rows_and_keeps_the_sign_in_unless_asked()
    {
        var (ann, annId) = await PersonAsync("ann@example.org");
        var (bob, bobId) = await PersonAsync("bob@example.org");
        using (ann)
        using (bob)
        {
            await Everything.SeedAsync(_app, annId);
            await Everything.SeedAsync(_app, bobId);
            var bobRows = await Everything.CountsAsync(_app, bobId);

            using var response = await ann.Client.PostJsonTextAsync("/api/data/delete", """{"confirm":"delete everything"}""");

            response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await Everything.CountsAsync(_app, annId)).ShouldAllBe(n => n == 0);
            (await Everything.CountsAsync(_app, bobId)).ShouldBe(bobRows);
            (await ann.OpenAsync("/data")).Text.ShouldContain("Nothing yet.");
        }
    }

    [Fact]
    public async Task Deleting_the_account_too_signs_the_person_out_and_their_sign_in_no_longer_works()
    {
        var (ann, annId) = await PersonAsync("ann@example.org");
        var (bob, bobId) = await PersonAsync("bob@example.org");
        using (ann)
        using (bob)
        {
            await Everything.SeedAsync(_app, annId);
            var page = await ann.OpenAsync("/data/delete");
            var form = page.FormOf("#delete-form").Set("Confirm", "delete everything").Check("DeleteAccount", "true");

            var response = await ann.SubmitAsync(form);

            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var done = await ann.FollowAsync(response);
            done.Find("#erased").TextContent.ShouldContain("signed out");
            (await _app.WithDbAsync(db => db.Users.CountAsync(u => u.Id == annId))).ShouldBe(0);
            (await Everything.CountsAsync(_app, annId)).ShouldAllBe(n => n == 0);
            using var signedOut = await ann.Client.GetAsync(new Uri("/api/export/limber.json", UriKind.Relative));
            signedOut.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            using var again = await Support.Accounts.SignInAsync(ann, "ann@example.org");
            again.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
            (await _app.WithDbAsync(db => db.Users.CountAsync(u => u.Id == bobId))).ShouldBe(1);
        }
    }
}
