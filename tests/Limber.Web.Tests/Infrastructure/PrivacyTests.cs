using System.Net;
using Limber.Web.Tests.Api;
using Limber.Web.Tests.Support;

namespace Limber.Web.Tests.Infrastructure;

/// <summary>Health data is not cached by browsers or proxies and is kept private on disk.</summary>
public sealed class PrivacyTests(SqliteApp sqlite) : IClassFixture<SqliteApp>, IDisposable
{
    private readonly LimberWebFactory _app = sqlite.App;

    private readonly HttpClient _client = sqlite.App.CreateClient();

    public void Dispose() => _client.Dispose();

    [Fact]
    public async Task Pages_and_api_answers_that_hold_health_data_are_sent_no_store()
    {
        var (planId, sessionId, _) = await Seed.SessionAsync(_app);
        using var plan = await _client.PostJsonTextAsync("/api/plan", Seed.DeskWorker);
        string[] pages = ["/", "/history", $"/plans/{planId}", $"/sessions/{sessionId}", $"/api/sessions/{sessionId}", "/check-in", "/progress", "/progress/activities", "/progress/scores", "/progress/print"];

        (plan.Headers.CacheControl?.NoStore ?? false).ShouldBeTrue("POST /api/plan");
        foreach (var url in pages)
        {
            using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            (response.Headers.CacheControl?.NoStore ?? false).ShouldBeTrue(url);
        }
    }

    [Fact]
    public async Task Static_files_keep_their_own_caching()
    {
        using var response = await _client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        (response.Headers.CacheControl?.NoStore ?? false).ShouldBeFalse();
    }

    [Fact]
    public async Task The_data_folder_is_0700_and_the_database_files_0600()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var health = await _client.GetAsync(new Uri("/healthz", UriKind.Relative));
        await Seed.SessionAsync(_app);

        File.GetUnixFileMode(_app.DataDirectory).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var file in Directory.GetFiles(_app.DataDirectory, "limber.db*"))
        {
            File.GetUnixFileMode(file).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite, file);
        }

        Directory.GetFiles(_app.DataDirectory, "limber.db*").ShouldContain(f => f.EndsWith("-wal", StringComparison.Ordinal));
    }
}
