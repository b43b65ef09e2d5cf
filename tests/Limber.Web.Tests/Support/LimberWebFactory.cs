using Limber.Data;
using Limber.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Limber.Web.Tests.Support;

/// <summary>
/// The app in memory with its own temporary data folder (deleted on dispose) and a <see cref="FakeTimeProvider"/> that stands still until a test moves it.
/// Use it as a class fixture, or create one in a test that needs an empty database or its own clock.
/// </summary>
public sealed class LimberWebFactory : WebApplicationFactory<Program>
{
    /// <summary>Wednesday 18 November 2026, 09:00 UTC: where every factory's clock starts.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 18, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "limber-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Hosted mode: accounts, sign-in, every row owned by one account.</summary>
    public bool Hosted { get; init; }

    /// <summary>
    /// A PostgreSQL database to use (shared by several factories, as several instances of one site share it);
    /// when null, the factory uses SQLite in its data folder, or its own PostgreSQL database when the web suite
    /// runs on PostgreSQL (<c>LIMBER_TEST_PROVIDER=postgresql</c>), which it drops on dispose.
    /// </summary>
    public string? PostgresDatabase { get; init; }

    /// <summary>SQLite in the data folder whatever the suite runs on, for tests of the database file itself.</summary>
    public bool Sqlite { get; init; }

    private string? _ownPostgres;

    /// <summary>Whether this factory's app runs on PostgreSQL.</summary>
    public bool OnPostgres => !Sqlite && (PostgresDatabase is not null || TestPostgres.WebSuiteOnPostgres);

    /// <summary>A client that keeps cookies and does not follow redirects, so tests can check where they point.</summary>
    public Browser CreateBrowser() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>Serves the app with real Kestrel on a loopback port (for raw sockets and child-free races); returns its address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();

        // Kestrel's timeouts (a body that never comes, a slow body) run on the app's TimeProvider:
        // with real sockets the fake clock moves with real time, ten times faster, so they fire.
        _ticking ??= Task.Run(async () =>
        {
            while (!_stopTicking.IsCancellationRequested)
            {
                Clock.Advance(TimeSpan.FromSeconds(1));
                await Task.Delay(100, CancellationToken.None);
            }
        });
        return ClientOptions.BaseAddress;
    }

    private readonly CancellationTokenSource _stopTicking = new();

    private Task? _ticking;

    /// <summary>Runs <paramref name="work"/> against the app's database, in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<LimberDb, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<LimberDb>());
    }

    /// <summary>Runs <paramref name="work"/> against the app's database as <paramref name="ownerId"/> sees it.</summary>
    public async Task<T> WithDbAsync<T>(string ownerId, Func<LimberDb, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var db = await Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<LimberDb>>().CreateDbContextAsync();
        db.OwnerId = ownerId;
        return await work(db);
    }

    /// <summary>Breaks the database on purpose (for error-page tests): drops a table, and on PostgreSQL what depends on it.</summary>
    public Task<int> DropTableAsync(string table) =>
        WithDbAsync(db => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(
            db.Database, OnPostgres ? $"DROP TABLE \"{table}\" CASCADE" : $"DROP TABLE \"{table}\""));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");

        // Hundreds of hosts in one test run: no file watchers for configuration (each costs an inotify instance).
        builder.UseSetting("hostBuilder:reloadConfigOnChange", "false");
        builder.UseSetting("Limber:DataDirectory", DataDirectory);
        if (Hosted)
        {
            builder.UseSetting("Limber:Hosting", "hosted");
        }

        if (OnPostgres)
        {
            _ownPostgres = PostgresDatabase is null ? TestPostgres.CreateDatabase() : null;
            builder.UseSetting("Limber:Provider", "postgresql");
            builder.UseSetting("Limber:ConnectionString", PostgresDatabase ?? _ownPostgres);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(5));
        });
    }

    protected override void Dispose(bool disposing)
    {
        // Kestrel's connection timeouts run on the app's TimeProvider, which here stands still: keep
        // the fake clock moving while the host stops, so a connection a test left half-sent
        // (broken framing, a slow body) times out instead of holding the shutdown open for ever.
        using var stopped = new CancellationTokenSource();
        var ticking = Task.Run(async () =>
        {
            while (!stopped.IsCancellationRequested)
            {
                Clock.Advance(TimeSpan.FromSeconds(30));
                await Task.Delay(50, CancellationToken.None);
            }
        });
        base.Dispose(disposing);
        stopped.Cancel();
        ticking.Wait(TimeSpan.FromSeconds(5));
        _stopTicking.Cancel();
        _ticking?.Wait(TimeSpan.FromSeconds(5));
        if (disposing && _ownPostgres is not null)
        {
            TestPostgres.DropDatabase(_ownPostgres);
        }

        if (disposing && Directory.Exists(DataDirectory))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}

/// <summary>A class fixture of one app on SQLite in its data folder, whatever engine the suite runs on.</summary>
public sealed class SqliteApp : IDisposable
{
    public LimberWebFactory App { get; } = new() { Sqlite = true };

    public void Dispose() => App.Dispose();
}
