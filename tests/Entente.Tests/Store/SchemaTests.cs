using Entente.Store;

namespace Entente.Tests.Store;

/// <summary>One schema for both databases, created by versioned migrations; a newer schema is refused.</summary>
public sealed class SchemaTests(StoreDatabases databases) : IClassFixture<StoreDatabases>
{
    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public void A_new_store_is_at_the_latest_schema_version_and_reopening_changes_nothing(string kind)
    {
        var db = databases.New(kind);

        using (var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: true)) Assert.Equal(KnowledgeStore.LatestSchemaVersion(store.Kind), store.SchemaVersion);
        using (var again = KnowledgeStore.Open(StoreTarget.Parse(db), create: false)) Assert.Equal(3, again.SchemaVersion);

        Assert.Equal([[1L, "initial"], [2L, "sentence-offsets"], [3L, "dyad-months"]], StoreProbe.Rows(db, "SELECT version, name FROM schema_version ORDER BY version"));
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0, 0), StoreProbe.Counts(db));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task A_database_with_a_newer_schema_is_refused_with_a_clear_message(string kind)
    {
        var db = databases.New(kind);
        using (var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: true))
        {
            store.Read(connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', 'x')";
                return command.ExecuteNonQuery();
            });
        }

        var error = Assert.Throws<StoreException>(() => KnowledgeStore.Open(StoreTarget.Parse(db), create: true));
        var ingest = await StoreCli.Run("ingest", "-", "--db", db, "--date", "2025-01-01");
        var query = await StoreCli.Run("events", "--db", db);

        Assert.EndsWith("has knowledge-base schema version 99, newer than this entente understands (3); use a newer entente", error.Message);
        Assert.Equal(2, ingest.Exit);
        Assert.Equal($"entente: {error.Message}\n", ingest.Err);
        Assert.Equal(2, query.Exit);
        Assert.Equal($"entente: {error.Message}\n", query.Err);
    }

    [Fact]
    public void An_sqlite_file_with_other_tables_is_not_taken_over()
    {
        var db = databases.New(StoreKinds.Sqlite);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER)";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreException>(() => KnowledgeStore.Open(StoreTarget.Parse(db), create: true));

        Assert.Equal($"{db} already holds other tables and is not an Entente knowledge base", error.Message);
    }

    [Theory]
    [InlineData(null, StoreKind.Sqlite, "entente.db")]
    [InlineData("kb/my.db", StoreKind.Sqlite, "kb/my.db")]
    [InlineData("Host=db.example;Port=5433;Username=u;Password=secret;Database=kb", StoreKind.Postgres, "postgresql://db.example:5433/kb")]
    [InlineData("server=localhost;database=kb", StoreKind.Postgres, "postgresql://localhost:5432/kb")]
    public void The_db_option_selects_the_database_and_never_shows_a_password(string? value, StoreKind kind, string display)
    {
        var target = StoreTarget.Parse(value);

        Assert.Equal(kind, target.Kind);
        Assert.Equal(display, target.Display);
    }
}
