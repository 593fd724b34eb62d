using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Entente.Knowledge;
using Entente.Store;

namespace Entente.Bench;

/// <summary>
/// <c>-- load [--events N] [--clients C] [--seconds S]</c>: latency of <c>entente serve</c> under load. Builds (or
/// reuses) a SQLite knowledge base of N (default 200,000) events drawn from the corpus's coded events, starts the
/// real server on a free loopback port, and drives it with wrk (Debian package <c>wrk</c>) from C clients
/// (default 50) for S seconds (default 30) per endpoint: the dyad API for the busiest and the tenth dyad, the
/// dyad page and the network API. With ENTENTE_BENCH_PG or ENTENTE_TEST_PG the same events are loaded into
/// PostgreSQL and served from there too. Prints p50/p90/p99 and requests/s; nothing is asserted.
/// </summary>
internal static partial class LoadBench
{
    public static int Run(string[] args)
    {
        var events = BenchArgs.Option(args, "--events", 200_000);
        var clients = BenchArgs.Option(args, "--clients", 50);
        var seconds = BenchArgs.Option(args, "--seconds", 30);
        var wrk = new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists);
        if (wrk is null)
        {
            Console.Error.WriteLine("load: wrk is not installed (apt-get install -y wrk)");
            return 2;
        }
        var dataDir = BenchPaths.DataDirectory();
        var work = Path.Combine(Path.GetTempPath(), "entente-store-bench");
        Directory.CreateDirectory(work);
        var engine = Engine.Load(dataDir);
        var corpus = BenchPaths.CorpusPath();
        var articles = corpus is not null ? CorpusLoader.Load(corpus) : SyntheticCorpus.Generate(2000, seed: 7);
        var distribution = new EventDistribution(articles.Select(engine.Code).SelectMany(c => c.Events));
        var dyads = distribution.DyadsByFrequency();

        var db = Path.Combine(work, $"load-{events}.db");
        SyntheticKnowledgeBase? kb = null;
        SyntheticKnowledgeBase Generated() => kb ??= SyntheticKnowledgeBase.Generate(distribution, engine.Lexicon.Dictionaries.Cameo, events, seed: 11);
        if (!File.Exists(db))
        {
            var clock = Stopwatch.StartNew();
            using (var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: true)) SyntheticLoader.Load(store, Generated());
            Console.WriteLine($"built {db}: {events:N0} events in {clock.Elapsed.TotalSeconds:0.0} s");
        }
        else Console.WriteLine($"reusing {db} ({events:N0} events; delete it to rebuild)");
        var targets = new List<(string Name, string Db)> { ("SQLite", db) };
        var pgAdmin = Environment.GetEnvironmentVariable("ENTENTE_BENCH_PG") ?? Environment.GetEnvironmentVariable("ENTENTE_TEST_PG");
        if (pgAdmin is not null)
        {
            var pg = StoreBench.FreshPgDatabase(pgAdmin, "entente_bench_load");
            var clock = Stopwatch.StartNew();
            using (var store = KnowledgeStore.Open(StoreTarget.Parse(pg), create: true)) SyntheticLoader.Load(store, Generated());
            Console.WriteLine($"built PostgreSQL database entente_bench_load: {events:N0} events in {clock.Elapsed.TotalSeconds:0.0} s");
            targets.Add(("PostgreSQL", pg));
        }
        else Console.WriteLine("PostgreSQL: skipped (set ENTENTE_BENCH_PG or ENTENTE_TEST_PG)");

        var (a, b) = (dyads[0].A, dyads[0].B);
        var (c, d) = (dyads[Math.Min(9, dyads.Count - 1)].A, dyads[Math.Min(9, dyads.Count - 1)].B);
        (string Name, string Path)[] endpoints =
        [
            ($"dyad API {a}-{b} (busiest)", $"/api/dyads/{a}/{b}"),
            ($"dyad API {c}-{d} (10th)", $"/api/dyads/{c}/{d}"),
            ($"dyad page {a}-{b}", $"/dyad/{a}/{b}"),
            ("network API (default year)", "/api/network"),
        ];
        foreach (var (name, target) in targets)
        {
            var url = $"http://127.0.0.1:{FreePort()}";
            using var server = StartServer(target, dataDir, url);
            try
            {
                WaitUntilUp(url);
                Console.WriteLine($"{name}: entente serve on {url}; wrk with {clients} connections on 2 threads, {seconds} s per endpoint, {Environment.ProcessorCount} cores shared with the server");
                foreach (var (endpoint, path) in endpoints)
                {
                    var size = Count(url + path);
                    Console.WriteLine($"  {endpoint}: {Summary(RunWrk(wrk, clients, seconds, url + path))}{size}");
                }
            }
            finally
            {
                server.Kill(entireProcessTree: true);
            }
        }
        return 0;
    }

    private static Process StartServer(string db, string dataDir, string url)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "entente.dll"), "serve", "--db", db, "--data", dataDir, "--urls", url })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start entente serve");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine("serve: " + line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void WaitUntilUp(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var i = 0; i < 100; i++)
        {
            try
            {
                if (http.GetAsync(url + "/openapi/v1.json").Result.IsSuccessStatusCode) return;
            }
            catch (AggregateException)
            {
                // not listening yet
            }
            Thread.Sleep(200);
        }
        throw new InvalidOperationException($"entente serve did not answer on {url}");
    }

    /// <summary>One untimed request (it also warms the server up): the size of the answer.</summary>
    private static string Count(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var body = http.GetStringAsync(url).Result;
        var match = EventsField().Match(body);
        return match.Success ? $" ({int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture):N0} events, {body.Length / 1024.0:N0} KB)" : $" ({body.Length / 1024.0:N0} KB)";
    }

    private static string RunWrk(string wrk, int clients, int seconds, string url)
    {
        var info = new ProcessStartInfo(wrk) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-t2", $"-c{clients}", $"-d{seconds}s", "--timeout", "30s", "--latency", url }) info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start wrk");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output;
    }

    /// <summary>p50, p90, p99, requests/s and errors from wrk's <c>--latency</c> report.</summary>
    internal static string Summary(string wrkOutput)
    {
        string Percentile(string p) => Regex.Match(wrkOutput, $@"^\s*{p}%\s+(\S+)", RegexOptions.Multiline) is { Success: true } m ? m.Groups[1].Value : "?";
        var rate = Regex.Match(wrkOutput, @"Requests/sec:\s+(\S+)") is { Success: true } r ? r.Groups[1].Value : "?";
        var total = Regex.Match(wrkOutput, @"(\d+) requests in") is { Success: true } t ? t.Groups[1].Value : "?";
        var errors = Regex.Match(wrkOutput, @"Socket errors:.*|Non-2xx or 3xx responses: \d+") is { Success: true } e ? "; " + e.Value.Trim() : "";
        return $"p50 {Percentile("50")}, p90 {Percentile("90")}, p99 {Percentile("99")}, {rate} requests/s ({total} requests{errors})";
    }

    [GeneratedRegex("\"events\":(\\d+)")]
    private static partial Regex EventsField();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

}
