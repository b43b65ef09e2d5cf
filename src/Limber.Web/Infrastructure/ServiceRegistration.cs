using Limber.Core.Catalog;
using Limber.Core.Planning;
using Limber.Data;
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
    }

    public static void AddLimberData(this IServiceCollection services) =>
        services.AddDbContext<LimberDb>((provider, options) =>
        {
            var limber = provider.GetRequiredService<IOptions<LimberOptions>>().Value;
            options.UseSqlite(limber.EffectiveConnectionString);
        });

    public static void AddLimberHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

    public static void MigrateDatabase(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<LimberOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            Directory.CreateDirectory(options.DataDirectory);
        }

        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<LimberDb>().Database.Migrate();
        LogMigrated(app.Logger, nameof(LimberDb));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Migrated database of {DbContextName}")]
    private static partial void LogMigrated(ILogger logger, string dbContextName);

    private sealed class DatabaseHealthCheck(LimberDb db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
    }
}
