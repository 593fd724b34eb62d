using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Entente.Tests.Store;

/// <summary>
/// An ingest killed mid-run leaves only whole articles, and a rerun completes it without duplicates: the result
/// equals an ingest that was never interrupted. The real CLI runs as a child process and is killed (SIGKILL).
/// </summary>
public sealed class KillResumeTests(StoreDatabases databases) : IClassFixture<StoreDatabases>
{
    private const int Articles = 4000;

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task A_killed_ingest_resumes_without_duplicates_or_half_written_articles(string kind)
    {
        var corpus = GeneratedCorpus.Write(Path.Combine(databases.Folder, $"corpus-{kind}.jsonl"), Articles);
        var reference = databases.New(kind);
        var db = databases.New(kind);
        Assert.Equal(0, (await StoreCli.Run("ingest", corpus, "--db", reference)).Exit);

        var (storedAtKill, polls) = await KillAfterSomeAreStored(corpus, db);
        var rerun = await RunCli(corpus, db, TimeSpan.FromMinutes(3));

        Assert.True(storedAtKill is > 0 and < Articles, $"{storedAtKill} articles stored when killed; polls: {polls}");
        Assert.True(rerun.Exit == 0, rerun.Err);
        Assert.Matches($@"ingested [0-9,]+ articles .*\(([1-9][0-9,]*) skipped as already stored\)", rerun.Err);
        var expected = Fingerprint(reference);
        Assert.Equal(Articles, expected[0]);
        Assert.Equal(expected, Fingerprint(db));
        Assert.Equal(0, StoreProbe.Scalar(db, "SELECT count(*) FROM events e WHERE e.num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)"));
        Assert.Equal(0, StoreProbe.Scalar(db, "SELECT count(*) FROM articles a WHERE a.event_count <> (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)"));
    }

    /// <summary>Counts and sums that any duplicate, lost or half-written article would change.</summary>
    private static long[] Fingerprint(string db) =>
    [
        StoreProbe.Scalar(db, "SELECT count(*) FROM articles"),
        StoreProbe.Scalar(db, "SELECT count(DISTINCT article_key) FROM articles"),
        StoreProbe.Scalar(db, "SELECT count(*) FROM sentences"),
        StoreProbe.Scalar(db, "SELECT count(*) FROM events"),
        StoreProbe.Scalar(db, "SELECT count(*) FROM mentions"),
        StoreProbe.Scalar(db, "SELECT sum(num_mentions) FROM events"),
        StoreProbe.Scalar(db, "SELECT sum(num_articles) FROM events"),
        StoreProbe.Scalar(db, "SELECT sum(num_sources) FROM events"),
        StoreProbe.Scalar(db, "SELECT sum(mentions) FROM actors"),
        StoreProbe.Scalar(db, "SELECT sum(event_count) FROM articles"),
    ];

    private static async Task<(long Stored, string Polls)> KillAfterSomeAreStored(string corpus, string db)
    {
        using var child = Start(corpus, db);
        var clock = Stopwatch.StartNew();
        var polls = new System.Text.StringBuilder();
        while (!child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            var stored = CountArticles(db);
            polls.Append(System.Globalization.CultureInfo.InvariantCulture, $"{clock.ElapsedMilliseconds}ms:{stored} ");
            if (stored >= 150) break;
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
        if (child.HasExited) Assert.Fail($"the ingest ended (exit {child.ExitCode}) before it could be killed: {await child.StandardError.ReadToEndAsync()}");
        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (CountArticles(db), polls.ToString());
    }

    private static async Task<(int Exit, string Err)> RunCli(string corpus, string db, TimeSpan limit)
    {
        using var child = Start(corpus, db);
        var err = child.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        await child.WaitForExitAsync(timeout.Token);
        return (child.ExitCode, await err);
    }

    private static Process Start(string corpus, string db)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "entente.dll"), "ingest", corpus, "--db", db },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        return Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
    }

    /// <summary>Read while the child writes: SQLite's write-ahead log and PostgreSQL's MVCC both allow it.</summary>
    private static long CountArticles(string db)
    {
        try
        {
            if (!db.Contains('=', StringComparison.Ordinal))
            {
                if (!File.Exists(db)) return 0;
                using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
                connection.Open();
                using var command = new SqliteCommand("SELECT count(*) FROM articles", connection);
                return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
            using var pg = new NpgsqlConnection(db);
            pg.Open();
            using var count = new NpgsqlCommand("SELECT count(*) FROM articles", pg);
            return Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is SqliteException or PostgresException or NpgsqlException)
        {
            return ex.Message.Contains("no such table", StringComparison.Ordinal) || ex.Message.Contains("does not exist", StringComparison.Ordinal) ? 0 : -1; // not created yet
        }
    }
}
