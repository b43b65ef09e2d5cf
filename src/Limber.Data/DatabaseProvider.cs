using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Limber.Data;

/// <summary>The database engines Limber runs on: embedded SQLite (the default) or a PostgreSQL server.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>How a <see cref="LimberDb"/> is opened on each engine; the app, its tests and the benchmarks share it.</summary>
public static class LimberDatabase
{
    /// <summary>Points <paramref name="options"/> at the database; the same migrations serve both engines.</summary>
    public static DbContextOptionsBuilder Use(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return provider switch
        {
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString),
            _ => options.UseSqlite(connectionString),
        };
    }

    /// <inheritdoc cref="Use(DbContextOptionsBuilder, DatabaseProvider, string)"/>
    public static DbContextOptionsBuilder<LimberDb> Use(this DbContextOptionsBuilder<LimberDb> options, DatabaseProvider provider, string connectionString) =>
        (DbContextOptionsBuilder<LimberDb>)((DbContextOptionsBuilder)options).Use(provider, connectionString);

    /// <summary>
    /// Why <paramref name="connectionString"/> cannot be used with <paramref name="provider"/>, or null when it can.
    /// The message never repeats the string: it may hold a password.
    /// </summary>
    public static string? Problem(DatabaseProvider provider, string connectionString)
    {
        try
        {
            if (provider == DatabaseProvider.PostgreSql)
            {
                var npgsql = new NpgsqlConnectionStringBuilder(connectionString);
                return string.IsNullOrWhiteSpace(npgsql.Host) ? "Limber:ConnectionString for postgresql must name a Host." : null;
            }

            var sqlite = new SqliteConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(sqlite.DataSource) ? "Limber:ConnectionString for sqlite must name a Data Source." : null;
        }
        catch (ArgumentException)
        {
            return $"Limber:ConnectionString is not a valid {(provider == DatabaseProvider.PostgreSql ? "Npgsql" : "Microsoft.Data.Sqlite")} connection string (it is not shown, as it may hold a password).";
        }
    }
}
