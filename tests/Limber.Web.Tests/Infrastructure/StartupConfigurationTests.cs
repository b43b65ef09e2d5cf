using System.Diagnostics;

namespace Limber.Web.Tests.Infrastructure;

/// <summary>
/// The built app as a child process with a configuration that cannot work: it exits 2 at once with one line
/// on stderr that says what to change, and never prints the connection string (it may hold a password).
/// </summary>
public sealed class StartupConfigurationTests : IDisposable
{
    private const string Secret = "s3cret-Pa55word";

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("limber-startup-");

    public void Dispose() => _data.Delete(recursive: true);

    public static TheoryData<string, string, string> WrongCombinations => new()
    {
        { "Limber__Provider=postgresql", "Limber:Provider=postgresql needs Limber:ConnectionString", "postgresql without a server" },
        { $"Limber__Provider=postgresql|Limber__ConnectionString=Host=;Password={Secret}", "must name a Host", "no host" },
        { $"Limber__Provider=sqlite|Limber__ConnectionString=Host=db.example;Password={Secret}", "is not a valid Microsoft.Data.Sqlite connection string", "a PostgreSQL string for SQLite" },
        { "Limber__Registration=invite", "Limber:Registration applies to hosted mode only", "registration in local mode" },
        { "Limber__Hosting=cloud", "Limber:Hosting", "an unknown mode" },
        { "Limber__Provider=mysql", "Limber:Provider", "an unknown engine" },
        { "Limber__Hosting=hosted|Limber__TrustedProxies__0=the-proxy", "Limber:TrustedProxies must hold IP addresses", "a proxy that is not an address" },
        { "Limber__EmergencyNumber=call 112", "Limber:EmergencyNumber must be the local emergency number", "an emergency number in words" },
        { "Limber__EmergencyNumber=1", "Limber:EmergencyNumber", "a one-digit emergency number" },
        { "Limber__EmergencyNumber=1234567", "Limber:EmergencyNumber", "a seven-digit emergency number" },
    };

    [Theory]
    [MemberData(nameof(WrongCombinations))]
    public async Task A_configuration_that_cannot_work_stops_the_app_with_one_clear_line(string settings, string expected, string because)
    {
        var (exitCode, stdout, stderr) = await RunAsync(settings.Split('|'));

        exitCode.ShouldBe(2, because);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldHaveSingleItem(because);
        lines[0].ShouldStartWith("Limber cannot start: ");
        lines[0].Contains(expected, StringComparison.Ordinal).ShouldBeTrue($"{because}: {lines[0]}");
        (stdout + stderr).Contains(Secret, StringComparison.Ordinal).ShouldBeFalse(because);
    }

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Limber.Web.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["Limber__DataDirectory"] = _data.FullName;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var setting in settings)
        {
            var split = setting.IndexOf('=', StringComparison.Ordinal);
            start.Environment[setting[..split]] = setting[(split + 1)..];
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app kept running with a configuration that cannot work.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
