using Entente.Store;
using Entente.Tests.Sources;
using Microsoft.Data.Sqlite;

namespace Entente.Tests.Store;

/// <summary>A database that cannot be used is one clear line on stderr and exit 2, never a stack trace.</summary>
public sealed class ErrorTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private readonly TempFolder _files = new();

    public void Dispose() => _files.Dispose();

    private string Article() => _files.Write("a.jsonl", StoreCli.Line("e1", "Chile condemned Peru on Monday.", "2025-03-12"));

    [Theory]
    [InlineData("ingest")]
    [InlineData("dyad")]
    [InlineData("events")]
    public async Task A_corrupt_sqlite_file_is_one_clear_line(string command)
    {
        var db = _files.Write("corrupt.db", Enumerable.Range(0, 8192).Select(i => (byte)(i * 37 % 251)).ToArray());
        string[] args = command switch
        {
            "ingest" => ["ingest", Article(), "--db", db],
            "dyad" => ["dyad", "CHL", "PER", "--db", db],
            _ => ["events", "--db", db],
        };

        var result = await StoreCli.Run(args);

        Assert.Equal(2, result.Exit);
        Assert.Equal($"entente: {db} is not an SQLite database, or it is encrypted or corrupt\n", result.Err);
    }

    [Fact]
    public async Task A_database_damaged_after_its_header_is_reported_as_corrupt()
    {
        var db = databases.New(StoreKinds.Sqlite);
        Assert.Equal(0, (await StoreCli.Run("ingest", Article(), "--db", db)).Exit);
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(db);
        for (var i = 4096; i < bytes.Length; i++) bytes[i] = 0x5A;
        File.WriteAllBytes(db, bytes);

        var result = await StoreCli.Run("events", "--db", db);

        Assert.NotEqual(0, result.Exit);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"entente: {db}", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task A_locked_database_is_one_clear_line()
    {
        var db = databases.New(StoreKinds.Sqlite);
        Assert.Equal(0, (await StoreCli.Run("ingest", Article(), "--db", db)).Exit);
        using var holder = new SqliteConnection($"Data Source={db};Pooling=false");
        holder.Open();
        using (var exclusive = holder.CreateCommand())
        {
            exclusive.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;";
            exclusive.ExecuteNonQuery();
        }
        var timeout = Entente.Store.Sqlite.SqliteDialect.BusyTimeout;
        Entente.Store.Sqlite.SqliteDialect.BusyTimeout = TimeSpan.FromSeconds(1);
        try
        {
            var result = await StoreCli.Run("ingest", _files.Write("b.jsonl", StoreCli.Line("e2", "Peru praised Chile.", "2025-03-12")), "--db", db);

            Assert.Equal(2, result.Exit);
            Assert.Equal($"entente: {db} is locked by another process (tried for 1 s); try again when it has finished\n", result.Err);
        }
        finally
        {
            Entente.Store.Sqlite.SqliteDialect.BusyTimeout = timeout;
        }
    }

    [Fact]
    public async Task Queries_on_a_missing_file_say_how_to_create_one()
    {
        var db = Path.Combine(_files.Path, "missing.db");

        var result = await StoreCli.Run("dyad", "CHL", "PER", "--db", db);

        Assert.Equal(2, result.Exit);
        Assert.Equal($"entente: no knowledge base at {db} (create one with 'entente ingest FILES --db {db}')\n", result.Err);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task An_unreachable_postgresql_server_is_one_clear_line()
    {
        var result = await StoreCli.Run("events", "--db", "Host=127.0.0.1;Port=1;Username=nobody;Password=hidden;Database=kb;Timeout=3");

        Assert.Equal(2, result.Exit);
        Assert.StartsWith("entente: cannot connect to PostgreSQL at postgresql://127.0.0.1:1/kb: ", result.Err);
        Assert.DoesNotContain("hidden", result.Err);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_missing_postgresql_database_is_one_clear_line()
    {
        var admin = new Npgsql.NpgsqlConnectionStringBuilder(PgServer.Require()) { Database = "entente_no_such_database" };

        var result = await StoreCli.Run("events", "--db", admin.ConnectionString);

        Assert.Equal(2, result.Exit);
        Assert.Equal($"entente: cannot use {StoreTarget.Parse(admin.ConnectionString).Display}: database \"entente_no_such_database\" does not exist\n", result.Err);
    }
}
