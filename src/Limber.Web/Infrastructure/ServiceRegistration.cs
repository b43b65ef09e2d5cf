using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Limber.Web.Infrastructure;

/// <summary>The <c>AddX()</c> / <c>UseX()</c> steps that Program.cs reads as a table of contents.</summary>
internal static partial class ServiceRegistration
{
    public static void AddLimberOptions(this WebApplicationBuilder builder) =>
        builder.Services.AddOptions<LimberOptions>()
            .BindConfiguration(LimberOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

    public static void AddLimberEngine(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => KnowledgeBase.Embedded);
        services.AddSingleton<DailyPlanner>();
        services.AddSingleton<Sessions.RatingWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<Sessions.RatingWriter>());
    }

    /// <summary>
    /// Pooled contexts on the configured engine; each request's context is handed the request's owner, so
    /// it sees and writes only that person's rows.
    /// </summary>
    public static void AddLimberData(this IServiceCollection services)
    {
        services.AddPooledDbContextFactory<LimberDb>((provider, options) =>
        {
            var limber = provider.GetRequiredService<IOptions<LimberOptions>>().Value;
            options.Use(limber.Provider, limber.EffectiveConnectionString);
            if (limber.Provider == DatabaseProvider.Sqlite)
            {
                options.AddInterceptors(SqliteTuning.Instance);
            }
        });
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<LimberDb>>().CreateDbContext();
            var owner = provider.GetRequiredService<Accounts.CurrentOwner>();
            db.ActFor(() => owner.Id);
            return db;
        });
    }

    /// <summary>
    /// One line saying what to change when the configuration cannot work, or null. The options are checked here,
    /// before anything uses them, so a wrong combination stops the app with that line and no stack trace.
    /// </summary>
    public static string? StartupProblem(this WebApplication app)
    {
        try
        {
            _ = app.Services.GetRequiredService<IOptions<LimberOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException e)
        {
            // Only our own words: the validator wraps each in "DataAnnotation validation failed for ...".
            return $"Limber cannot start: {string.Join(" ", e.Failures.Select(f => OwnWords().Match(f) is { Success: true } m ? m.Groups[1].Value : f))}";
        }
        catch (InvalidOperationException e) when (e.Message.Contains("configuration value", StringComparison.Ordinal))
        {
            return $"Limber cannot start: {e.Message}";
        }
    }

    /// <summary>Razor Pages, where a request that no page handler answers gets a 404 or 405 page.</summary>
    public static void AddLimberPages(this IServiceCollection services) =>
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new UnmatchedHandler());
            Accounts.AccountsRegistration.AddOpenPages(options.Conventions);
            ExpiredForms.AddExpiredForms(options.Conventions);

            // The knowledge base pages hold no health data: compressed; the whole library is rendered once.
            foreach (var folder in (string[])["/Exercises", "/Learn", "/Sources"])
            {
                options.Conventions.AddFolderApplicationModelConvention(folder, page => page.EndpointMetadata.Add(Delivery.PublicContent.Instance));
            }

            options.Conventions.AddPageApplicationModelConvention("/Exercises/Index", page =>
                page.EndpointMetadata.Add(new Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute { PolicyName = Delivery.LibraryPolicy }));
        });

    public static void AddLimberHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

    /// <summary>
    /// Form tokens and sign-in cookies are protected with keys that outlive a restart: in local mode kept in the
    /// data folder; in hosted mode in the database, so every instance reads the same keys and a cookie issued
    /// by one is accepted by the others.
    /// </summary>
    public static void AddLimberDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Limber");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<LimberOptions>, ILoggerFactory, IServiceProvider>((keys, limber, logs, provider) =>
        {
            if (limber.Value.IsHosted)
            {
                keys.XmlRepository = new Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.EntityFrameworkCoreXmlRepository<LimberDb>(provider, logs);
            }
            else if (string.IsNullOrWhiteSpace(limber.Value.ConnectionString))
            {
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(DataFolder.Keys(limber.Value.DataDirectory)), logs);
            }
        });
    }

    /// <summary>
    /// Applies migrations before the first request. Instances starting together on one PostgreSQL database
    /// take turns (EF Core holds a database lock while it migrates). In hosted mode the data-protection key
    /// ring is made here too, so instances started one after another share its first key.
    /// </summary>
    public static void MigrateDatabase(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<LimberOptions>>().Value;
        var ownFile = options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString);
        if (ownFile)
        {
            // Private to the person: the folder 0700, the database and its WAL files 0600.
            DataFolder.Prepare(options.DataDirectory);
        }

        using var scope = app.Services.CreateScope();
        using var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<LimberDb>>().CreateDbContext();
        db.Database.Migrate();
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging: readers never wait for the writer, and a write is one append.
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }

        if (ownFile)
        {
            DataFolder.Prepare(options.DataDirectory);
        }

        if (options.IsHosted)
        {
            _ = app.Services.GetRequiredService<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>().CreateProtector("Limber.Startup").Protect("key ring ready");
        }

        LogMigrated(app.Logger, nameof(LimberDb));
    }

    [System.Text.RegularExpressions.GeneratedRegex("with the error: '(.*)'\\.?$", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OwnWords();

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrated database of {DbContextName}")]
    private static partial void LogMigrated(ILogger logger, string dbContextName);

    /// <summary>
    /// In WAL mode, synchronous=NORMAL keeps the database consistent after a crash and only a
    /// power cut can lose the last moments of writes. It is a setting of the SQLite connection
    /// itself, which Microsoft.Data.Sqlite pools and reuses: it is set once, the first time each
    /// pooled connection opens, not again on every reuse (a statement less per query).
    /// </summary>
    private sealed class SqliteTuning : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
    {
        public static readonly SqliteTuning Instance = new();

        /// <summary>The pooled native connections already tuned; an entry goes when its connection does.</summary>
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Tuned = [];

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData)
        {
            ArgumentNullException.ThrowIfNull(connection);
            if (FirstOpen(connection))
            {
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA synchronous=NORMAL;";
                command.ExecuteNonQuery();
            }
        }

        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(connection);
            if (FirstOpen(connection))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA synchronous=NORMAL;";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        /// <summary>True the first time this native connection is seen (a connection that is not SQLite's is always tuned).</summary>
        private static bool FirstOpen(System.Data.Common.DbConnection connection) =>
            connection is not Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle } || Tuned.TryAdd(handle, handle);
    }

    private sealed class DatabaseHealthCheck(LimberDb db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
    }
}
