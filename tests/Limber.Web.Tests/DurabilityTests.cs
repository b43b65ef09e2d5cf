using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Limber.Web.Tests;

/// <summary>
/// The built app as a child process, killed with SIGKILL while check-ins stream in, ten times over
/// on the same data folder: every check-in it acknowledged (answered with its plan) is there after
/// the restart, and the database passes SQLite's integrity check.
/// </summary>
public sealed partial class DurabilityTests : IDisposable
{
    private const int Rounds = 10;

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("limber-durability-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    [Fact]
    public async Task Every_acknowledged_write_survives_ten_kill_9s()
    {
        var acknowledged = new List<Guid>();
        for (var round = 0; round < Rounds; round++)
        {
            using var app = Start(out var address);
            using var probe = Client(address);
            await WaitUntilUpAsync(probe);

            // Writes stream from two clients; the kill lands a varying moment after the first acknowledgement.
            var acks = new System.Collections.Concurrent.ConcurrentQueue<Guid>();
            var writers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                using var client = Client(address);
                try
                {
                    while (true)
                    {
                        acks.Enqueue(await CheckInAsync(client));
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    // The server died mid-request: that write was never acknowledged.
                }
            })).ToArray();
            var deadline = Stopwatch.StartNew();
            while (acks.IsEmpty && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(10);
            }

            await Task.Delay(50 + (round * 37));

            app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
            await Task.WhenAll(writers);
            acknowledged.AddRange(acks);
        }

        acknowledged.Count.ShouldBeGreaterThan(Rounds);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.FullName, "limber.db")};Pooling=False");
        connection.Open();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA integrity_check";
            (check.ExecuteScalar() as string).ShouldBe("ok");
        }

        var stored = new HashSet<Guid>();
        using (var plans = connection.CreateCommand())
        {
            plans.CommandText = "SELECT \"Id\" FROM \"Plans\"";
            using var reader = plans.ExecuteReader();
            while (reader.Read())
            {
                stored.Add(Guid.Parse(reader.GetString(0)));
            }
        }

        acknowledged.Where(id => !stored.Contains(id)).ShouldBeEmpty();
    }

    /// <summary>One person's browser: its own cookies, redirects not followed.</summary>
    private static HttpClient Client(Uri address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) };

    private Process Start(out Uri address)
    {
        var port = FreePort();
        address = new Uri($"http://127.0.0.1:{port}/");
        var dll = Path.Combine(AppContext.BaseDirectory, "Limber.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", address.ToString()])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Limber__DataDirectory"] = _data.FullName;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilUpAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, "the app did not start");
            await Task.Delay(100);
        }
    }

    /// <summary>One check-in through the page; the plan id it redirects to is the acknowledgement.</summary>
    private static async Task<Guid> CheckInAsync(HttpClient client)
    {
        var page = await client.GetStringAsync(new Uri("/check-in", UriKind.Relative));
        var antiforgery = Field(page, "__RequestVerificationToken");
        using var form = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", antiforgery), new("Form.Token", Field(page, "Form.Token")), new("Form.NoRedFlags", "true"),
            new("Form.Age", "40"), new("Form.EpisodeStarted", "2026-11-10T08:00"), new("Form.Pain", "3"), new("Form.Stiffness", "5"),
            new("Form.Minutes", "15"), new("Form.Cause", "sitting"), new("Form.Equipment", "chair"),
        ]);
        using var response = await client.PostAsync(new Uri("/check-in", UriKind.Relative), form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Guid.Parse(PlanId().Match(response.Headers.Location!.ToString()).Groups[1].Value);
    }

    private static string Field(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"") is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)
            : throw new InvalidOperationException($"no field {name}");

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("/plans/([0-9a-fA-F-]{36})")]
    private static partial Regex PlanId();
}
