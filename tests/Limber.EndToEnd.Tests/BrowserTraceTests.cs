using System.IO.Compression;

namespace Limber.EndToEnd.Tests;

/// <summary>The Playwright trace of a browser test is saved when the test fails, and only then.</summary>
public sealed class BrowserTraceTests(LimberServer server) : IClassFixture<LimberServer>
{
    [Fact]
    public async Task A_failed_assertion_keeps_the_trace_as_a_zip_with_the_pages_actions()
    {
        var page = await server.NewPageAsync();
        var trace = new BrowserTrace(page);
        await page.GotoAsync("/");
        try
        {
            (await page.TitleAsync()).ShouldBe("not the title");
        }
        catch (ShouldAssertException)
        {
            // The failure this test stands in for.
        }

        await trace.DisposeAsync();

        var saved = trace.SavedTo.ShouldNotBeNull();
        File.Exists(saved).ShouldBeTrue();
        using (var zip = ZipFile.OpenRead(saved))
        {
            zip.Entries.ShouldContain(e => e.Name.EndsWith(".trace", StringComparison.Ordinal));
        }

        File.Delete(saved);
    }

    [Fact]
    public async Task A_passing_test_leaves_no_trace()
    {
        var page = await server.NewPageAsync();
        var trace = new BrowserTrace(page);
        await page.GotoAsync("/");
        (await page.TitleAsync()).ShouldContain("Limber");

        await trace.DisposeAsync();

        trace.SavedTo.ShouldBeNull();
    }
}
