using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Limber.Data.Tests;

/// <summary>The hand-written migrations must build exactly the schema the model describes.</summary>
public sealed class MigrationDriftTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("limber-drift-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Migrations_build_the_same_schema_as_the_model()
    {
        var migrated = Path.Combine(_folder, "migrated.db");
        var created = Path.Combine(_folder, "created.db");
        using (var db = Open(migrated))
        {
            db.Database.Migrate();
        }

        using (var db = Open(created))
        {
            db.Database.EnsureCreated();
        }

        Schema(migrated).ShouldBe(Schema(created));
    }

    [Fact]
    public void Every_migration_is_applied_and_none_is_pending()
    {
        using var db = Open(Path.Combine(_folder, "pending.db"));
        db.Database.Migrate();

        db.Database.GetPendingMigrations().ShouldBeEmpty();
        db.Database.GetAppliedMigrations().ShouldContain("20261122000000_Initial");
        db.Database.GetAppliedMigrations().ShouldContain("20261201120000_RemindersAndFeedback");
        db.Database.GetAppliedMigrations().ShouldContain("20261202100000_Outcomes");
    }

    private static LimberDb Open(string file) =>
        new(new DbContextOptionsBuilder<LimberDb>().UseSqlite($"Data Source={file};Pooling=False").Options);

    private static List<string> Schema(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE '__EF%' AND name NOT LIKE 'sqlite_%' ORDER BY type, name";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var sql = reader.IsDBNull(2) ? "" : reader.GetString(2).Replace("IF NOT EXISTS ", "", StringComparison.Ordinal);
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)}: {sql}");
        }

        return rows;
    }
}
