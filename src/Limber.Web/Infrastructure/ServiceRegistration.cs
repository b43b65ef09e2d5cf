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

    public static void AddLimberData(this IServiceCollection services) =>
        services.AddDbContextPool<LimberDb>((provider, options) =>
        {
            var limber = provider.GetRequiredService<IOptions<LimberOptions>>().Value;
            options.UseSqlite(limber.EffectiveConnectionString).AddInterceptors(SqliteTuning.Instance);
        });

    /// <summary>Razor Pages, where a request that no page handler answers gets a 404 or 405 page.</summary>
    public static void AddLimberPages(this IServiceCollection services) =>
        services.AddRazorPages(options =>
        {
            options.Conventions.ConfigureFilter(new UnmatchedHandler());
            ExpiredForms.AddExpiredForms(options.Conventions);
        });

    public static void AddLimberHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

    /// <summary>Form tokens are protected with keys kept in the data folder, so a restart does not void an open form.</summary>
    public static void AddLimberDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Limber");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<LimberOptions>, ILoggerFactory>((keys, limber, logs) =>
        {
            if (string.IsNullOrWhiteSpace(limber.Value.ConnectionString))
            {
                keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(DataFolder.Keys(limber.Value.DataDirectory)), logs);
            }
        });
    }

    public static void MigrateDatabase(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<LimberOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            // Private to the person: the folder 0700, the database and its WAL files 0600.
            DataFolder.Prepare(options.DataDirectory);
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LimberDb>();
        db.Database.Migrate();

        // Write-ahead logging: readers never wait for the writer, and a write is one append.
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            DataFolder.Prepare(options.DataDirectory);
        }

        LogMigrated(app.Logger, nameof(LimberDb));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrated database of {DbContextName}")]
    private static partial void LogMigrated(ILogger logger, string dbContextName);

    /// <summary>
    /// In WAL mode, synchronous=NORMAL keeps the database consistent after a crash and only a
    /// power cut can lose the last moments of writes; it is set on every connection as it opens.
    /// </summary>
    private sealed class SqliteTuning : Microsoft.EntityFrameworkCore.Diagnostics.DbConnectionInterceptor
    {
        public static readonly SqliteTuning Instance = new();

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData)
        {
            ArgumentNullException.ThrowIfNull(connection);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, Microsoft.EntityFrameworkCore.Diagnostics.ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(connection);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous=NORMAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private sealed class DatabaseHealthCheck(LimberDb db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
    }
}
