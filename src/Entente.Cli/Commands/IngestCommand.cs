using System.CommandLine;
using System.Text;
using Entente.Knowledge;
using Entente.Records;
using Entente.Sources;
using Entente.Store;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente ingest FILES...</c>: read and code articles as <c>entente code</c> does and store them in the
/// knowledge base, one transaction per article. Articles already stored are skipped before coding, so a rerun
/// after a crash or a kill resumes where it stopped.
/// </summary>
internal static class IngestCommand
{
    private sealed record Outcome(ArticleDigest? Digest, string? Error, int Bytes);

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILES")
        {
            Description = "Articles to ingest, as for 'entente code': .txt, .jsonl, .json, folders (read recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
            Validators = { CommonOptions.RejectUnknownOptions },
        };
        var db = StoreSetup.DbOption();
        var date = DateOptions.Publication();
        var data = CommonOptions.Data();
        var jobs = CommonOptions.Jobs();
        var dyad = new Option<string[]>("--dyad")
        {
            Description = "After ingesting, print the report of the dyad A B, as 'entente dyad A B' would (e.g. --dyad BLR LAO).",
            HelpName = "A B",
            Arity = new ArgumentArity(2, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("ingest", "Code articles and store them in the knowledge base (exit 0: all stored, 1: some inputs failed, 2: usage error).")
        {
            files, db, date, data, jobs, dyad,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var status = await RunAsync(
                context, parse.GetRequiredValue(files), parse.GetValue(db), parse.GetValue(date), parse.GetValue(data), parse.GetValue(jobs), cancellation);
            if (parse.GetValue(dyad) is not [var a, var b] || status == ExitCodes.Usage) return status;
            var report = DyadCommand.Run(context, new Store.Queries.DyadQuery.Options(a, b, null, null, 20), json: false, parse.GetValue(db), parse.GetValue(data));
            return Math.Max(status, report);
        });
        return command;
    }

    public static async Task<int> RunAsync(
        CliContext context, IReadOnlyList<string> files, string? db, PartialDate? date, string? data, int jobs, CancellationToken cancellation)
    {
        var code = CoderSetup.Load(context, data);
        var offices = StoreSetup.LoadReference(data).Offices();
        using var store = StoreSetup.Open(db, create: true);
        var stored = store.ArticleKeys();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var options = new ReaderOptions { Date = date, OpenStandardInput = context.OpenInput };

        // Runs on the reading thread, in input order: an article stored before, or met earlier in this run, is not coded.
        (ReadItem Item, bool Skip) Classify(ReadItem item) =>
            (item, !item.IsError && (stored.Contains(item.Article.Id) || !seen.Add(item.Article.Id)));

        StoreException? failure = null;
        var progress = await IngestProgress.RunAsync(context, TotalBytes(files), async progress =>
        {
            var items = ArticleReader.Read(files, options).Select(Classify);
            await foreach (var outcome in OrderedParallel.Map(items, x => Code(x.Item, x.Skip, code, offices), jobs, cancellation))
            {
                if (outcome.Error is not null)
                {
                    progress.Failed();
                    context.Error.WriteLine(outcome.Error);
                }
                else if (outcome.Digest is null)
                {
                    progress.AlreadyStored(outcome.Bytes);
                }
                else
                {
                    try
                    {
                        if (store.Write(outcome.Digest)) progress.Stored(outcome.Digest, outcome.Bytes);
                        else progress.AlreadyStored(outcome.Bytes);
                    }
                    catch (StoreException ex)
                    {
                        // The database itself failed: what was committed stays, the rest waits for a rerun.
                        failure = ex;
                        break;
                    }
                }
            }
        });
        context.Error.WriteLine(progress.Summary(store.Target.Display));
        if (failure is not null)
        {
            context.Error.WriteLine($"entente: {failure.Message}");
            return ExitCodes.SomeFailed;
        }
        return progress.Errors == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static Outcome Code(ReadItem item, bool skip, Func<Article, CodedArticle> code, OfficeClassifier offices)
    {
        if (item.IsError) return new Outcome(null, item.Error.ToString(), 0);
        var bytes = ApproximateBytes(item.Article);
        if (skip) return new Outcome(null, null, bytes);
        try
        {
            return new Outcome(ArticleDigest.Of(code(item.Article), offices), null, bytes);
        }
        catch (Exception ex)
        {
            // One article that trips the coder must not end the batch.
            return new Outcome(null, $"{item.Article.Origin ?? item.Article.Id}: coding failed: {ex.Message}", bytes);
        }
    }

    /// <summary>About how many input bytes an article took, to move the progress bar.</summary>
    private static int ApproximateBytes(Article article) =>
        Encoding.UTF8.GetByteCount(article.Text) + (article.Title?.Length ?? 0) + (article.Url?.Length ?? 0) + 64;

    /// <summary>The size of the inputs, or null when it cannot be known (standard input).</summary>
    private static long? TotalBytes(IReadOnlyList<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (path == "-") return null;
            if (File.Exists(path)) total += new FileInfo(path).Length;
            else if (Directory.Exists(path))
            {
                try
                {
                    total += Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                        .Where(f => ArticleReader.FormatOf(f) is not null)
                        .Sum(f => new FileInfo(f).Length);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    return null;
                }
            }
        }
        return total;
    }
}
