using System.Text.RegularExpressions;
using Limber.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Limber.Data.Tests;

/// <summary>The hand-written migrations must build exactly the schema the model describes, on SQLite and on PostgreSQL.</summary>
public sealed class MigrationDriftTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("limber-drift-").FullName;

    private readonly List<string> _databases = [];

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        _databases.ForEach(TestPostgres.DropDatabase);
    }

    [Fact]
    public void Migrations_build_the_same_schema_as_the_model_on_sqlite()
    {
        var migrated = Path.Combine(_folder, "migrated.db");
        var created = Path.Combine(_folder, "created.db");
        using (var db = OpenSqlite(migrated))
        {
            db.Database.Migrate();
        }

        using (var db = OpenSqlite(created))
        {
            db.Database.EnsureCreated();
        }

        ShouldMatch(SqliteSchema(migrated), SqliteSchema(created));
    }

    [Fact]
    public void Migrations_build_the_same_schema_as_the_model_on_postgresql()
    {
        var migrated = NewPostgres();
        var created = NewPostgres();
        using (var db = OpenPostgres(migrated))
        {
            db.Database.Migrate();
        }

        using (var db = OpenPostgres(created))
        {
            db.Database.EnsureCreated();
        }

        var schema = PostgresSchema(migrated);
        ShouldMatch(schema, PostgresSchema(created));
        schema.ShouldContain(row => row.StartsWith("column Sessions.StartedAt timestamp with time zone", StringComparison.Ordinal));
        schema.ShouldContain(row => row.StartsWith("column Sessions.OwnerId character varying(64) NO", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_migration_is_applied_and_none_is_pending_on_both_engines()
    {
        using var sqlite = OpenSqlite(Path.Combine(_folder, "pending.db"));
        using var postgres = OpenPostgres(NewPostgres());
        foreach (var db in new[] { sqlite, postgres })
        {
            db.Database.Migrate();
            db.Database.GetPendingMigrations().ShouldBeEmpty();
            db.Database.GetAppliedMigrations().ShouldBe(db.Database.GetMigrations());
            db.Database.GetAppliedMigrations().ShouldContain("20261202000000_Accounts");
        }
    }

    [Fact]
    public void Rows_written_before_owner_ids_belong_to_the_local_person()
    {
        var file = Path.Combine(_folder, "upgrade.db");
        using (var db = OpenSqlite(file))
        {
            db.Database.Migrate("20261201120000_RemindersAndFeedback");
            db.Database.ExecuteSqlRaw("""INSERT INTO "CheckIns" ("Id", "CreatedAt", "IntakeJson") VALUES ('7d1f0f0e-0000-0000-0000-000000000001', '2026-11-30 08:00:00', '{{}}')""");
            db.Database.Migrate();
        }

        using var local = OpenSqlite(file);
        local.CheckIns.Single().OwnerId.ShouldBe(Owners.Local);
    }

    /// <summary>Names the rows only one side has, so a failure says what drifted.</summary>
    private static void ShouldMatch(List<string> migrated, List<string> created)
    {
        migrated.Except(created).ShouldBeEmpty("built by the migrations but not by the model");
        created.Except(migrated).ShouldBeEmpty("in the model but not built by the migrations");
        migrated.Count.ShouldBe(created.Count);
    }

    private string NewPostgres()
    {
        var database = TestPostgres.CreateDatabase();
        _databases.Add(database);
        return database;
    }

    private static LimberDb OpenSqlite(string file) =>
        new(new DbContextOptionsBuilder<LimberDb>().UseSqlite($"Data Source={file};Pooling=False").Options);

    private static LimberDb OpenPostgres(string connectionString) =>
        new(new DbContextOptionsBuilder<LimberDb>().Use(DatabaseProvider.PostgreSql, connectionString).Options);

    private static List<string> SqliteSchema(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE '__EF%' AND name NOT LIKE 'sqlite_%' ORDER BY type, name";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            // ALTER TABLE ... ADD COLUMN splices its text into the stored CREATE TABLE: compare without layout.
            var sql = reader.IsDBNull(2) ? "" : reader.GetString(2).Replace("IF NOT EXISTS ", "", StringComparison.Ordinal);
            sql = Regex.Replace(Regex.Replace(sql, @"\s+", " "), @"\s*([,()])\s*", "$1");
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)}: {sql}");
        }

        return rows;
    }

    /// <summary>Columns (type, nullability, default), indexes and constraints of the public schema, in a stable order.</summary>
    private static List<string> PostgresSchema(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText =
            """
            SELECT 'column ' || table_name || '.' || column_name || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || is_nullable || ' ' || coalesce(column_default, '') || ' ' || coalesce(is_identity, '')
            FROM information_schema.columns c
            JOIN pg_attribute a ON a.attrelid = ('"' || c.table_name || '"')::regclass AND a.attname = c.column_name
            WHERE table_schema = 'public' AND table_name NOT LIKE '__EF%'
            UNION ALL
            SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EF%'
            UNION ALL
            SELECT 'constraint ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '"__EF%'
            ORDER BY 1
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
