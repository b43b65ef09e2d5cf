using Npgsql;

namespace Limber.Tests.Shared;

/// <summary>
/// Fresh databases on the throwaway PostgreSQL server that <c>./test.sh</c> starts (its address is in
/// <c>LIMBER_TEST_POSTGRES</c>). Without that server the tests that need it fail and say how to get one.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "LIMBER_TEST_POSTGRES";

    /// <summary>When <c>LIMBER_TEST_PROVIDER=postgresql</c>, the web suite runs on PostgreSQL instead of SQLite.</summary>
    public static bool WebSuiteOnPostgres =>
        string.Equals(Environment.GetEnvironmentVariable("LIMBER_TEST_PROVIDER"), "postgresql", StringComparison.OrdinalIgnoreCase);

    public static string Server =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException($"This test needs PostgreSQL: run ./test.sh, which starts a throwaway server, or set {Variable} to a server's Npgsql connection string.");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var name = $"limber_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(Server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, closing what still uses it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(Server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
