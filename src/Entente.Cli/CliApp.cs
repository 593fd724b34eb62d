using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using Entente.Cli.Commands;

namespace Entente.Cli;

/// <summary>Builds the command tree and runs it, mapping every outcome to an exit code.</summary>
public static class CliApp
{
    public static RootCommand BuildRoot(CliContext context) => new("Entente codes political events (who did what to whom, when) in news text.")
    {
        CodeCommand.Create(context),
        EvalCommand.Create(context),
        DictCommand.Create(context),
        IngestCommand.Create(context),
        DyadCommand.Create(context),
        ActorCommand.Create(context),
        OrgCommand.Create(context),
        NetworkCommand.Create(context),
        EventsCommand.Create(context),
        FactsCommand.Create(context),
        ExportCommand.Create(context),
        ServeCommand.Create(context),
    };

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // System.CommandLine exits 1 on parse errors; the contract says a usage error is 2.
            foreach (var error in parse.Errors) context.Error.WriteLine($"entente: {error.Message}");
            context.Error.WriteLine($"Try '{CommandPath(parse)} --help'.");
            return ExitCodes.Usage;
        }

        using var output = new StreamWriter(context.Out, new UTF8Encoding(false), 4096, leaveOpen: true) { AutoFlush = true };
        var configuration = new InvocationConfiguration { Output = output, Error = context.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"entente: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("entente: cancelled");
            return ExitCodes.SomeFailed;
        }
        catch (Exception ex)
        {
            // A bug or an environment failure: one readable line, no stack trace.
            context.Error.WriteLine($"entente: {ex.Message}");
            return ExitCodes.SomeFailed;
        }
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "entente" : result.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}
