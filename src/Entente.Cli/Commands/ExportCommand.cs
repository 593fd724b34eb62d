using System.CommandLine;
using System.Diagnostics;
using Entente.Store;
using Entente.Store.Queries;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente export</c>: the knowledge base's merged events, one row each, ordered by date then id, streamed from
/// the database into JSON Lines, TSV, CSV or Parquet (exit 0: written, 2: usage or database error).
/// </summary>
internal static class ExportCommand
{
    public enum Format { Jsonl, Tsv, Csv, Parquet }

    public sealed record Settings(Format Format, EventFilter Filter, string? Output, string? Db);

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: jsonl (the Records contract plus mentions, articles, outlets), tsv (the columns of code --format tsv), "
                + "csv (RFC 4180, with the counts) or parquet (typed columns; needs -o FILE or redirected output).",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "tsv", "csv", "parquet");
        var source = QueryOptions.Source();
        var target = QueryOptions.Target();
        var code = QueryOptions.CameoCode();
        var from = DateOptions.From();
        var to = DateOptions.To();
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to FILE instead of standard output. FILE is replaced only when the export succeeds (it is written as FILE.tmp, then renamed).",
            HelpName = "FILE",
        };
        var db = StoreSetup.DbOption();
        var command = new Command("export", "Export the knowledge base's merged events, one row per event with its earliest mention and its counts, ordered by date.")
        {
            format, source, target, code, from, to, output, db,
        };
        command.SetAction((parse, cancellation) => RunAsync(
            context,
            new Settings(
                Enum.Parse<Format>(parse.GetRequiredValue(format), ignoreCase: true),
                new EventFilter
                {
                    Source = parse.GetValue(source),
                    Target = parse.GetValue(target),
                    Code = parse.GetValue(code),
                    From = parse.GetValue(from),
                    To = parse.GetValue(to),
                },
                parse.GetValue(output),
                parse.GetValue(db)),
            cancellation));
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, Settings settings, CancellationToken cancellation)
    {
        if (settings.Format == Format.Parquet && settings.Output is null && context.OutIsTerminal)
            throw new UsageException("Parquet is binary and is not written to a terminal: give -o FILE, or redirect standard output");

        var clock = Stopwatch.StartNew();
        using var store = StoreSetup.Open(settings.Db, create: false);
        using var target = ExportTarget.Open(context, settings.Output);
        long count;
        try
        {
            var events = ExportQuery.Stream(store, settings.Filter, withText: settings.Format == Format.Jsonl);
            count = await ExportWriters.WriteAsync(settings.Format, target.Stream, events, cancellation);
        }
        catch (StoreException ex)
        {
            throw new UsageException(ex.Message);
        }
        target.Commit();
        if (context.ErrorIsTerminal)
        {
            var where = settings.Output is null ? "" : $" to {settings.Output}";
            context.Error.WriteLine($"entente: exported {count} events{where} in {clock.Elapsed.TotalSeconds:0.0} s");
        }
        return ExitCodes.Ok;
    }
}
