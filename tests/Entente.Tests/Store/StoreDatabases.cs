using Npgsql;

namespace Entente.Tests.Store;

/// <summary>
/// Fresh, empty knowledge bases for one test class: SQLite files in a temporary folder, and for PostgreSQL a
/// database of the class's own (dropped at the end) with one schema per test, so runs never see each other's rows.
/// </summary>
public sealed class StoreDatabases : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "entente-store-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Lock _gate = new();
    private string? _pgAdmin;
    private string? _pgDatabase;
    private int _next;

    public string Folder => _folder;

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return ValueTask.CompletedTask;
    }

    /// <summary>The <c>--db</c> value of a new, empty store of <paramref name="kind"/> (<c>sqlite</c> or <c>postgres</c>).</summary>
    public string New(string kind)
    {
        var n = Interlocked.Increment(ref _next);
        if (kind == StoreKinds.Sqlite) return Path.Combine(_folder, $"kb{n}.db");
        var admin = PgServer.Require();
        lock (_gate)
        {
            if (_pgDatabase is null)
            {
                var name = "entente_test_" + Guid.NewGuid().ToString("N")[..12];
                Execute(admin, $"CREATE DATABASE {name}");
                (_pgAdmin, _pgDatabase) = (admin, name);
            }
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = _pgDatabase, SearchPath = null };
        Execute(builder.ConnectionString, $"CREATE SCHEMA s{n}");
        builder.SearchPath = $"s{n}";
        return builder.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { }
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_pgAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    internal static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
