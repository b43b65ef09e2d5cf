using Limber.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Limber.Web.Tests.Infrastructure;

/// <summary>The SQLite connection setting is made once per pooled connection and holds on every reuse.</summary>
public sealed class SqliteTuningTests(SqliteApp sqlite) : IClassFixture<SqliteApp>
{
    private LimberWebFactory App => sqlite.App;

    [Fact]
    public async Task Every_connection_the_app_opens_writes_with_synchronous_normal_also_when_reused_from_the_pool()
    {
        var settings = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            // Each scope opens a connection (the pool hands back the same native one) and reads the setting on it.
            settings.Add(await App.WithDbAsync(async db =>
            {
                await db.Database.OpenConnectionAsync();
                try
                {
                    await using var command = db.Database.GetDbConnection().CreateCommand();
                    command.CommandText = "PRAGMA synchronous;";
                    return (long)(await command.ExecuteScalarAsync())!;
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            }));
        }

        // 1 is NORMAL; a connection the app did not open has SQLite's default, FULL (2).
        settings.ShouldAllBe(s => s == 1);
        var connectionString = await App.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        await using var untuned = new Microsoft.Data.Sqlite.SqliteConnection(connectionString + ";Pooling=False");
        await untuned.OpenAsync();
        await using var read = untuned.CreateCommand();
        read.CommandText = "PRAGMA synchronous;";
        ((long)(await read.ExecuteScalarAsync())!).ShouldBe(2);
    }
}
