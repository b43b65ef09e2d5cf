using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Limber.EndToEnd.Tests.Pages;
using Limber.Tests.Shared;
using Microsoft.Playwright;

namespace Limber.EndToEnd.Tests;

/// <summary>
/// Two hosted instances of the built app on one PostgreSQL database behave as one site: a person signs in on
/// one and carries on on the other, and when one is killed with SIGKILL the other still serves them all of it.
/// </summary>
public sealed class TwoInstancesJourneyTests : IAsyncLifetime
{
    private readonly string _database = TestPostgres.CreateDatabase();

    private readonly List<Process> _instances = [];

    private IPlaywright? _playwright;

    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("LIMBER_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(LimberServer.ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances.Where(i => !i.HasExited))
        {
            instance.Kill(entireProcessTree: true);
            await instance.WaitForExitAsync();
        }

        _instances.ForEach(i => i.Dispose());
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        TestPostgres.DropDatabase(_database);
    }

    [Fact]
    public async Task A_person_signs_in_on_one_instance_carries_on_on_the_other_and_keeps_everything_when_one_is_killed()
    {
        var first = await StartAsync();
        var second = await StartAsync();
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();

        // Register on the first instance: signed in at once.
        await page.GotoAsync($"{first.Url}/account/register");
        await page.GetByLabel("User name or email").FillAsync("nina@example.org");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my account" }).ClickAsync();
        await page.WaitForURLAsync($"{first.Url}/");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).CountAsync()).ShouldBe(1);

        // The second instance accepts the first one's cookie (same key ring, in the database) and issues her plan.
        await page.GotoAsync($"{second.Url}/check-in");
        page.Url.ShouldBe($"{second.Url}/check-in", "the second instance took the first one's sign-in");
        var checkIn = new CheckInPage(page);
        await checkIn.NoneOfTheseAppliesAsync();
        await checkIn.AgeAsync(41);
        await checkIn.StartedAsync(DateTime.UtcNow.AddDays(-3));
        await checkIn.PainAsync(3);
        await checkIn.StiffnessAsync(6);
        await checkIn.MakePlanAsync();
        var planPath = new Uri(page.Url).AbsolutePath;

        // What the second wrote, the first reads.
        await page.GotoAsync($"{first.Url}{planPath}");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Start the session" }).CountAsync()).ShouldBe(1);
        await LimberServer.ScreenshotAsync(page, "two-instances-plan-on-the-other-360x740");

        // Kill the first with SIGKILL: the second still serves her, signed in, with her plan.
        first.Process.Kill(entireProcessTree: true);
        await first.Process.WaitForExitAsync();
        var response = await page.GotoAsync($"{second.Url}{planPath}");
        response!.Status.ShouldBe(200);
        (await page.GetByRole(AriaRole.Button, new() { Name = "Start the session" }).CountAsync()).ShouldBe(1);
        await page.GotoAsync($"{second.Url}/history");
        page.Url.ShouldBe($"{second.Url}/history");
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_person_adds_a_passkey_and_signs_in_with_it_instead_of_the_password()
    {
        var site = await StartAsync();

        // WebAuthn needs a domain, not an address: the same instance as localhost.
        var url = site.Url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });

        await page.GotoAsync($"{url}/account/register");
        await page.GetByLabel("User name or email").FillAsync("pia");
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make my account" }).ClickAsync();
        await page.WaitForURLAsync($"{url}/");

        await page.GotoAsync($"{url}/account/passkeys");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey on this device" }).ClickAsync();
        await page.GetByText("Passkey added.").WaitForAsync();
        (await page.GetByText("1 passkey can sign you in.").CountAsync()).ShouldBe(1);
        await LimberServer.ScreenshotAsync(page, "passkey-added-360x740");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GotoAsync($"{url}/account/login?returnUrl=%2Fhistory");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await page.WaitForURLAsync($"{url}/history");
        (await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).CountAsync()).ShouldBe(1);
        await context.CloseAsync();
    }

    private sealed record Instance(Process Process, string Url);

    private async Task<Instance> StartAsync()
    {
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        // The built app's static files are the project's wwwroot (a published app carries its own copy).
        var webRoot = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "Limber.Web", "wwwroot"));
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Limber.Web.dll"), "--urls", url, "--webroot", webRoot])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Limber__Hosting"] = "hosted";
        start.Environment["Limber__Provider"] = "postgresql";
        start.Environment["Limber__ConnectionString"] = _database;
        start.Environment["Limber__DataDirectory"] = Directory.CreateTempSubdirectory("limber-instance-").FullName;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _instances.Add(process);

        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                using var health = await probe.GetAsync(new Uri($"{url}/healthz"));
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return new Instance(process, url);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            process.HasExited.ShouldBeFalse("the instance stopped while starting");
            await Task.Delay(200);
        }

        throw new TimeoutException($"The instance on {url} did not become healthy.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
