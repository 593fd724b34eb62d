using System.Diagnostics;
using Entente.Knowledge;
using Spectre.Console;

namespace Entente.Cli.Commands;

/// <summary>
/// Shows how an ingest goes: a Spectre.Console progress bar with articles/s on a terminal (it renders nothing
/// elsewhere), plain lines on standard error every few seconds when standard error is a file or a pipe.
/// </summary>
internal sealed class IngestProgress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly TextWriter _error;
    private readonly long? _totalBytes;
    private TimeSpan _lastLine;
    private ProgressTask? _bar;

    private IngestProgress(TextWriter error, long? totalBytes) => (_error, _totalBytes) = (error, totalBytes);

    public TimeSpan Elapsed => _clock.Elapsed;

    public long Articles { get; private set; }
    public long Skipped { get; private set; }
    public long Sentences { get; private set; }
    public long Words { get; private set; }
    public long Events { get; private set; }
    public long Facts { get; private set; }
    public long Errors { get; private set; }
    private long _bytes;

    /// <summary>Runs <paramref name="body"/> with a progress display suited to where standard error goes.</summary>
    public static async Task<IngestProgress> RunAsync(CliContext context, long? totalBytes, Func<IngestProgress, Task> body)
    {
        var progress = new IngestProgress(context.Error, totalBytes);
        if (!context.ErrorIsTerminal)
        {
            await body(progress);
            return progress;
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                progress._bar = ctx.AddTask("ingesting", maxValue: totalBytes ?? 1);
                progress._bar.IsIndeterminate = totalBytes is null;
                await body(progress);
                progress._bar.Value = progress._bar.MaxValue;
            });
        return progress;
    }

    public void Stored(ArticleDigest digest, int approximateBytes)
    {
        Articles++;
        Sentences += digest.Coded.SentenceCount;
        Words += digest.Coded.WordCount;
        Events += digest.Events.Sum(e => e.Mentions.Count);
        Facts += digest.Coded.Facts.Count;
        Advance(approximateBytes);
    }

    public void AlreadyStored(int approximateBytes)
    {
        Skipped++;
        Advance(approximateBytes);
    }

    public void Failed() => Errors++;

    public string Summary(string target) =>
        $"entente: ingested {Articles:N0} articles into {target} ({Skipped:N0} skipped as already stored): {Sentences:N0} sentences, "
        + $"{Events:N0} events, {Facts:N0} facts, {Errors:N0} errors in {Elapsed.TotalSeconds:0.0} s ({Rate(Words):N0} words/s)";

    private void Advance(int bytes)
    {
        _bytes += bytes;
        if (_bar is { } bar)
        {
            if (_totalBytes is { } total) bar.Value = Math.Min(_bytes, total * 0.999);
            bar.Description = $"{Articles + Skipped:N0} articles, {Rate(Articles):N0}/s";
            return;
        }
        if (_clock.Elapsed - _lastLine < PlainInterval) return;
        _lastLine = _clock.Elapsed;
        var share = _totalBytes is { } t && t > 0 ? $" ({Math.Min(99, 100.0 * _bytes / t):0}%)" : "";
        _error.WriteLine($"entente: {Articles:N0} articles stored, {Skipped:N0} skipped, {Errors:N0} errors{share}, {Rate(Articles):N0} articles/s");
    }

    private double Rate(long count) => Elapsed.TotalSeconds > 0 ? count / Elapsed.TotalSeconds : 0;
}
