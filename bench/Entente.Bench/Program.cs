using System.Diagnostics;
using Entente;
using Entente.Bench;
using Entente.Sources;

// Codes a real corpus (../shared/corpus) or a generated one and prints the figures the issues ask for:
// dictionary load time, words/s single-threaded and on all cores, sentences/s, peak memory.
// `-- store` measures the knowledge base instead (StoreBench), `-- load` the server under load (LoadBench).
if (args is ["store", ..]) return StoreBench.Run(args[1..]);
if (args is ["load", ..]) return LoadBench.Run(args[1..]);

var dataDir = args.Length > 0 ? args[0] : BenchPaths.DataDirectory();
var corpusPath = args.Length > 1 ? args[1] : BenchPaths.CorpusPath();

var load = Stopwatch.StartNew();
var engine = Engine.Load(dataDir);
load.Stop();
Console.WriteLine($"dictionaries: {dataDir} (version {engine.DictVersion}) loaded in {load.Elapsed.TotalMilliseconds:F0} ms");

var articles = corpusPath is not null ? CorpusLoader.Load(corpusPath) : SyntheticCorpus.Generate(2000, seed: 7);
Console.WriteLine(corpusPath is not null ? $"corpus: {corpusPath} ({articles.Count} articles)" : $"corpus: {articles.Count} generated articles (../shared/corpus not found)");

// Warm up the JIT (tiered compilation) with a full untimed pass so the timed passes measure steady-state coding.
foreach (var a in articles) engine.Code(a);

var single = Measure(() => articles.Select(engine.Code).ToList());
Console.WriteLine($"single thread: {single.Words / single.Seconds,12:N0} words/s  {single.Sentences / single.Seconds,10:N0} sentences/s  {articles.Count / single.Seconds,8:N0} articles/s  ({single.Events:N0} events, {single.Words:N0} words, {single.Seconds:F2} s)");

var parallel = Measure(() => articles.AsParallel().AsOrdered().Select(engine.Code).ToList());
Console.WriteLine($"all {Environment.ProcessorCount} cores: {parallel.Words / parallel.Seconds,12:N0} words/s  {parallel.Sentences / parallel.Seconds,10:N0} sentences/s  {articles.Count / parallel.Seconds,8:N0} articles/s  ({parallel.Seconds:F2} s)");
Console.WriteLine($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB");
return 0;

static (double Seconds, long Words, long Sentences, long Events) Measure(Func<List<CodedArticle>> run)
{
    var watch = Stopwatch.StartNew();
    var coded = run();
    watch.Stop();
    return (watch.Elapsed.TotalSeconds, coded.Sum(c => (long)c.WordCount), coded.Sum(c => (long)c.SentenceCount), coded.Sum(c => (long)c.Events.Count));
}
