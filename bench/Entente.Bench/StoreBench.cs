using System.Diagnostics;
using System.Globalization;
using Entente.Knowledge;
using Entente.Store;
using Entente.Store.Queries;
using Npgsql;

namespace Entente.Bench;

/// <summary>
/// <c>-- store [--events N] [--runs N]</c>: the knowledge-base figures. (1) Ingest of the whole corpus by the real
/// CLI as a whole process, into SQLite and PostgreSQL, in words/s. (2) <c>entente dyad</c> latency on a database of
/// N (default 1,000,000) events drawn from the corpus's coded events, in-process and as a whole process.
/// PostgreSQL runs when ENTENTE_BENCH_PG or ENTENTE_TEST_PG holds an admin connection string.
/// </summary>
internal static class StoreBench
{
    public static int Run(string[] args)
    {
        var events = BenchArgs.Option(args, "--events", 1_000_000);
        var runs = BenchArgs.Option(args, "--runs", 3);
        var dataDir = BenchPaths.DataDirectory();
        var corpus = BenchPaths.CorpusPath();
        var pgAdmin = Environment.GetEnvironmentVariable("ENTENTE_BENCH_PG") ?? Environment.GetEnvironmentVariable("ENTENTE_TEST_PG");
        var work = Path.Combine(Path.GetTempPath(), "entente-store-bench");
        Directory.CreateDirectory(work);

        var engine = Engine.Load(dataDir);
        var articles = corpus is not null ? CorpusLoader.Load(corpus) : SyntheticCorpus.Generate(2000, seed: 7);
        var corpusPath = corpus ?? WriteCorpus(articles, Path.Combine(work, "generated.jsonl"));
        var coded = articles.Select(engine.Code).ToList();
        var words = coded.Sum(c => (long)c.WordCount);
        Console.WriteLine($"corpus: {corpusPath} ({articles.Count:N0} articles, {words:N0} words, {coded.Sum(c => c.Events.Count):N0} events coded)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; every figure is the median of {runs} runs unless stated");

        var sqliteIngest = Path.Combine(work, "ingest.db");
        Report("ingest into SQLite", words, Repeat(runs, () =>
        {
            DeleteDb(sqliteIngest);
            return Ingest(corpusPath, sqliteIngest, dataDir);
        }));
        Console.WriteLine($"  SQLite file after ingest: {FileSize(sqliteIngest) / 1e6:N1} MB");
        if (pgAdmin is not null)
        {
            Report("ingest into PostgreSQL", words, Repeat(runs, () => Ingest(corpusPath, FreshPgDatabase(pgAdmin, "entente_bench_ingest"), dataDir)));
        }
        else Console.WriteLine("ingest into PostgreSQL: skipped (set ENTENTE_BENCH_PG or ENTENTE_TEST_PG)");

        var distribution = new EventDistribution(coded.SelectMany(c => c.Events));
        var clock = Stopwatch.StartNew();
        var kb = SyntheticKnowledgeBase.Generate(distribution, engine.Lexicon.Dictionaries.Cameo, events, seed: 5);
        Console.WriteLine($"generated {kb.Events.Count:N0} events, {kb.Mentions.Count:N0} mentions, {kb.Articles.Count:N0} articles in {clock.Elapsed.TotalSeconds:0.0} s "
            + $"(distribution of {distribution.Count:N0} coded events)");
        var dyads = distribution.DyadsByFrequency();
        var probes = new[] { 0, 9, 99 }.Where(i => i < dyads.Count).Select(i => (Rank: i + 1, dyads[i].A, dyads[i].B)).ToList();
        var reference = ReferenceData.Load(dataDir);

        var sqliteKb = Path.Combine(work, $"dyad-{events}.db");
        DeleteDb(sqliteKb);
        MeasureDyads("SQLite", sqliteKb, kb, probes, reference, dataDir, runs, () => $"{FileSize(sqliteKb) / 1e6:N0} MB file");
        if (pgAdmin is not null)
        {
            var pg = FreshPgDatabase(pgAdmin, "entente_bench_dyad");
            MeasureDyads("PostgreSQL", pg, kb, probes, reference, dataDir, runs, () => $"{PgSize(pg) / 1e6:N0} MB database");
        }
        return 0;
    }

    private static void MeasureDyads(string name, string db, SyntheticKnowledgeBase kb, List<(int Rank, string A, string B)> probes,
        ReferenceData reference, string dataDir, int runs, Func<string> size)
    {
        var clock = Stopwatch.StartNew();
        using (var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: true)) SyntheticLoader.Load(store, kb);
        Console.WriteLine($"{name}: loaded {kb.Events.Count:N0} events in {clock.Elapsed.TotalSeconds:0.0} s; {size()}");
        using var open = KnowledgeStore.Open(StoreTarget.Parse(db), create: false);
        foreach (var (rank, a, b) in probes)
        {
            var options = new DyadQuery.Options(a, b, null, null);
            var report = DyadQuery.Run(open, reference, options);
            var inProcess = Enumerable.Range(0, Math.Max(10, runs * 5)).Select(_ =>
            {
                var watch = Stopwatch.StartNew();
                DyadQuery.Run(open, reference, options);
                return watch.Elapsed.TotalMilliseconds;
            }).Order().ToList();
            var process = Enumerable.Range(0, runs).Select(_ =>
            {
                var (elapsed, exit, err) = ChildProcess.Entente("dyad", a, b, "--db", db, "--data", dataDir);
                if (exit != 0) throw new InvalidOperationException($"entente dyad failed: {err}");
                return elapsed.TotalMilliseconds;
            }).Order().ToList();
            Console.WriteLine($"  dyad {a}-{b} (rank {rank}, {report.Events:N0} events): query p50 {Percentile(inProcess, 0.5):N1} ms, "
                + $"p95 {Percentile(inProcess, 0.95):N1} ms; whole process (`entente dyad`) p50 {Percentile(process, 0.5):N0} ms");
        }
    }

    private static TimeSpan Ingest(string corpus, string db, string dataDir)
    {
        var (elapsed, exit, err) = ChildProcess.Entente("ingest", corpus, "--db", db, "--data", dataDir);
        if (exit > 1) throw new InvalidOperationException($"entente ingest failed: {err}");
        return elapsed;
    }

    private static void Report(string what, long words, List<TimeSpan> times)
    {
        var median = times.Order().ElementAt(times.Count / 2);
        var best = times.Min();
        Console.WriteLine($"{what}: {words / median.TotalSeconds,10:N0} words/s median ({median.TotalSeconds:0.00} s), best {words / best.TotalSeconds:N0} words/s (whole process)");
    }

    private static List<TimeSpan> Repeat(int runs, Func<TimeSpan> run) => Enumerable.Range(0, runs).Select(_ => run()).ToList();

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    internal static string FreshPgDatabase(string admin, string name)
    {
        NpgsqlConnection.ClearAllPools();
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}" })
            {
                using var command = new NpgsqlCommand(sql, connection);
                command.ExecuteNonQuery();
            }
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static long PgSize(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static long FileSize(string path) =>
        new[] { path, path + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    private static void DeleteDb(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" }) File.Delete(path + suffix);
    }

    private static string WriteCorpus(List<Entente.Sources.Article> articles, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var a in articles)
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = a.Id, text = a.Text, published = a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }));
        return path;
    }
}
