using System.CommandLine;
using Entente.Dictionaries;
using Entente.Evaluation;
using Entente.Records;
using Entente.Sources;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval PATH...</c>: code each gold article's text (with its id and publication date), score it
/// against the hand coding and print the report.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Gold files (.json, the format of eval/dev/README.md) or folders of them (read recursively).",
            Arity = ArgumentArity.ZeroOrMore,
            Validators = { CommonOptions.RejectUnknownOptions },
        };
        var json = new Option<bool>("--json")
        {
            Description = "Print the report as JSON ({\"overall\",\"facts\",\"files\"}) instead of text. Default: text.",
        };
        var petrarch = new Option<string?>("--petrarch")
        {
            Description = "Instead of gold files, run a PETRARCH validation file (records XML with an <Environment>): its dictionaries "
                + "are loaded from its folder and each record is coded from its text; reports records coded exactly as expected, "
                + "per category ({\"overall\",\"selected\",\"categories\",\"failures\"} with --json).",
            HelpName = "FILE",
        };
        var data = CommonOptions.Data();
        var jobs = CommonOptions.Jobs();
        var command = new Command("eval", "Score the coder against hand-coded gold articles: precision, recall, F1, facts and every error explained.")
        {
            paths, json, data, jobs, petrarch,
        };
        command.SetAction((parse, cancellation) =>
        {
            var gold = parse.GetValue(paths) ?? [];
            if (parse.GetValue(petrarch) is { } file)
            {
                if (gold.Length > 0) throw new UsageException("give either gold PATHs or --petrarch FILE, not both");
                return Task.FromResult(PetrarchEval.Run(context, file, parse.GetValue(json), parse.GetValue(data)));
            }
            if (gold.Length == 0) throw new UsageException("no gold files given (PATH..., or --petrarch FILE)");
            return RunAsync(context, gold, parse.GetValue(json), parse.GetValue(data), parse.GetValue(jobs), cancellation);
        });
        return command;
    }

    public static async Task<int> RunAsync(CliContext context, IReadOnlyList<string> paths, bool json, string? data, int jobs, CancellationToken cancellation)
    {
        var gold = GoldLoader.Load(paths);
        foreach (var error in gold.Errors) context.Error.WriteLine(error);
        if (gold.Articles.Count == 0)
        {
            if (gold.Errors.Count > 0) return ExitCodes.SomeFailed;
            throw new UsageException("no gold articles to score");
        }

        var code = CoderSetup.Load(context, data);
        var failures = 0;
        var coded = new List<CodedArticle>();
        await foreach (var (article, error) in OrderedParallel.Map(gold.Articles, g => Code(g.Article, code), jobs, cancellation))
        {
            coded.Add(article);
            if (error is null) continue;
            failures++;
            context.Error.WriteLine(error);
        }

        var result = Scorer.Score(gold.Articles, coded, OrganizationKey(data));
        if (json)
        {
            EvalJsonReport.Write(result, context.Out);
        }
        else
        {
            using var writer = new StreamWriter(context.Out, leaveOpen: true);
            EvalTextReport.Write(result, writer);
        }
        return gold.Errors.Count + failures == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }

    /// <summary>Organization names as the gold writes them map to the dictionary's acronyms; as written if that fails.</summary>
    private static Func<string, string>? OrganizationKey(string? data)
    {
        try
        {
            return OrganizationNames.KeyFunction(DictionaryLoader.Load(CoderSetup.ResolveDataDirectory(data)));
        }
        catch (Exception ex) when (ex is DictionaryLoadException or UsageException or IOException)
        {
            return null;
        }
    }

    /// <summary>A coding failure scores as an article where nothing was found, and is reported.</summary>
    private static (CodedArticle Coded, string? Error) Code(Article article, Func<Article, CodedArticle> code)
    {
        try
        {
            return (code(article), null);
        }
        catch (Exception ex)
        {
            var empty = new CodedArticle(article, Array.Empty<EventRecord>(), Array.Empty<FactRecord>(), 0, 0);
            return (empty, $"{article.Origin ?? article.Id}: coding failed: {ex.Message}");
        }
    }
}
