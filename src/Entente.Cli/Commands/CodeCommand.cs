using System.CommandLine;
using System.Diagnostics;
using Entente.Output;
using Entente.Records;
using Entente.Sources;

namespace Entente.Cli.Commands;

/// <summary><c>entente code FILES...</c>: read articles, code them in parallel, write records in input order.</summary>
internal static class CodeCommand
{
    private sealed record Outcome(CodedArticle? Coded, string? Error);

    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILES")
        {
            Description = "Articles to code: .txt (one article), .jsonl (one JSON article per line), .json (one article or an array), "
                + "PETRARCH records .xml (one article per <Sentence>), "
                + "folders (read recursively) or - for standard input (JSON Lines if it starts with '{', else plain text).",
            Arity = ArgumentArity.OneOrMore,
            Validators = { CommonOptions.RejectUnknownOptions },
        };
        var date = new Option<PartialDate?>("--date")
        {
            Description = "Publication date of plain-text articles and of JSON articles without 'published'. A year alone "
                + "(YYYY) dates plain text by its dateline ('VIENTIANE, July 17 —'). Default: none; an undated article is an error.",
            HelpName = "YYYY-MM-DD",
            CustomParser = ParseDate,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: jsonl (one JSON record per line, the Records contract), tsv (one event per line, with a header), "
                + "table (aligned columns for reading) or phoenix (PETRARCH2's event file: date, source, target, code, issues, sentence id, outlet).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "tsv", "table", "phoenix");
        var dictionaries = new Option<string?>("--dictionaries")
        {
            Description = "Code with PETRARCH/TABARI dictionaries instead of Entente's: petrarch:PATH[,PATH...] (files, or folders whose "
                + "CAMEO*/Phoenix.* production set is used), under PETRARCH conventions. Grammar files still come from --data.",
            HelpName = "petrarch:PATHS",
        };
        var facts = new Option<bool>("--facts")
        {
            Description = "Also write relation facts (offices, memberships, agreements) in jsonl and table output. Default: events only.",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write records to FILE (replacing it) instead of standard output.",
            HelpName = "FILE",
        };
        var data = CommonOptions.Data();
        var jobs = CommonOptions.Jobs();

        var command = new Command("code", "Code articles into event records (exit 0: all coded, 1: some inputs failed, 2: usage error).")
        {
            files, date, format, facts, output, data, jobs, dictionaries,
        };
        command.SetAction((parse, cancellation) => RunAsync(
            context,
            new Settings(
                parse.GetRequiredValue(files),
                parse.GetValue(date),
                Enum.Parse<OutputFormat>(parse.GetRequiredValue(format), ignoreCase: true),
                parse.GetValue(facts),
                parse.GetValue(output),
                parse.GetValue(data),
                parse.GetValue(jobs),
                parse.GetValue(dictionaries)),
            cancellation));
        return command;
    }

    public sealed record Settings(IReadOnlyList<string> Files, PartialDate? Date, OutputFormat Format, bool Facts, string? Output, string? Data, int Jobs, string? Dictionaries = null);

    public static async Task<int> RunAsync(CliContext context, Settings settings, CancellationToken cancellation)
    {
        var code = settings.Dictionaries is { } spec ? PetrarchSetup.Load(context, spec, settings.Data) : CoderSetup.Load(context, settings.Data);
        var options = new ReaderOptions { Date = settings.Date, OpenStandardInput = context.OpenInput };
        using var target = OpenOutput(context, settings.Output);
        var renderer = settings.Format == OutputFormat.Table && settings.Output is null && context.OutIsTerminal
            ? SpectreTableRenderer.ForConsole()
            : null;
        using var writer = RecordWriters.Create(settings.Format, target.Stream, settings.Facts, renderer);

        var clock = Stopwatch.StartNew();
        int articles = 0, events = 0, failures = 0;
        var items = CodeInputs.Read(settings.Files, options);
        await foreach (var outcome in OrderedParallel.Map(items, item => Code(item, code), settings.Jobs, cancellation))
        {
            if (outcome.Coded is { } coded)
            {
                writer.Write(coded);
                articles++;
                events += coded.Events.Count;
            }
            else
            {
                failures++;
                context.Error.WriteLine(outcome.Error);
            }
        }
        writer.Complete();
        if (context.ErrorIsTerminal)
        {
            context.Error.WriteLine($"entente: coded {articles} articles ({events} events) in {clock.Elapsed.TotalSeconds:0.0} s; {failures} inputs failed");
        }
        return failures == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    private static Outcome Code(ReadItem item, Func<Article, CodedArticle> code)
    {
        if (item.IsError) return new Outcome(null, item.Error.ToString());
        try
        {
            return new Outcome(code(item.Article), null);
        }
        catch (Exception ex)
        {
            // One article that trips the coder must not end the batch.
            return new Outcome(null, $"{item.Article.Origin ?? item.Article.Id}: coding failed: {ex.Message}");
        }
    }

    private static PartialDate? ParseDate(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (PartialDate.TryParse(text, out var date)) return date;
        result.AddError($"invalid --date '{text}' (expected YYYY-MM-DD, or YYYY to date plain text by its dateline)");
        return null;
    }

    private sealed class OutputTarget(Stream stream, bool owned) : IDisposable
    {
        public Stream Stream => stream;

        public void Dispose()
        {
            if (owned) stream.Dispose();
            else stream.Flush();
        }
    }

    private static OutputTarget OpenOutput(CliContext context, string? path)
    {
        if (path is null) return new OutputTarget(context.Out, owned: false);
        try
        {
            return new OutputTarget(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024), owned: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write {path}: {ex.Message}");
        }
    }
}
