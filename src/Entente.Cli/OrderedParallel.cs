using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Entente.Cli;

/// <summary>
/// Maps a sequence on several cores and yields the results in input order. A bounded channel of started tasks
/// gives back-pressure: the reader runs at most a few items per worker ahead of the writer, so memory stays flat
/// however long the input.
/// </summary>
public static class OrderedParallel
{
    public static async IAsyncEnumerable<TOut> Map<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> map, int parallelism, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        parallelism = Math.Max(1, parallelism);
        var pending = Channel.CreateBounded<Task<TOut>>(new BoundedChannelOptions(parallelism * 4)
        {
            SingleReader = true,
            SingleWriter = true,
        });
        using var workers = new SemaphoreSlim(parallelism);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => Produce(source, map, workers, pending.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var task in pending.Reader.ReadAllAsync(stop.Token)) yield return await task.ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
        finally
        {
            // The consumer may leave early (an exception, a break): release the producer, and let started work end
            // before the semaphore is disposed.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task Produce<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> map, SemaphoreSlim workers, ChannelWriter<Task<TOut>> writer, CancellationToken token)
    {
        var started = new List<Task>();
        try
        {
            foreach (var item in source)
            {
                await workers.WaitAsync(token).ConfigureAwait(false);
                var task = Task.Run(() =>
                {
                    try { return map(item); }
                    finally { workers.Release(); }
                }, CancellationToken.None);
                started.Add(task);
                if (started.Count > 1024) started.RemoveAll(t => t.IsCompleted);
                await writer.WriteAsync(task, token).ConfigureAwait(false);
            }
            writer.Complete();
        }
        catch (Exception ex)
        {
            writer.Complete(ex);
        }
        await Task.WhenAll(started).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }
}
