using Entente.Compatibility.Validation;
using Entente.Dictionaries;

namespace Entente.Cli.Commands;

/// <summary>
/// <c>entente eval --petrarch FILE</c>: runs a PETRARCH validation file and prints exact matches per category. A record
/// that cannot be coded is reported on stderr as <c>file:line: record ID: problem</c>; the exit code is 1 only when
/// such a record did not expect an error.
/// </summary>
internal static class PetrarchEval
{
    public static int Run(CliContext context, string file, bool json, string? data)
    {
        if (!File.Exists(file)) throw new UsageException($"PETRARCH records file not found: {file}");
        var directory = CoderSetup.ResolveDataDirectory(data);
        ValidationResult result;
        try
        {
            result = PetrarchValidator.Run(file, directory);
        }
        catch (DictionaryLoadException ex)
        {
            throw new UsageException($"cannot load the dictionaries {file} names: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            context.Error.WriteLine(ex.Message);
            return ExitCodes.SomeFailed;
        }
        foreach (var o in result.Outcomes.Where(o => o.Error is not null))
            context.Error.WriteLine($"{file}:{o.Record.Line}: record {o.Record.Id}: {o.Error}");
        if (json)
        {
            ValidationJsonReport.Write(result, context.Out);
        }
        else
        {
            using var writer = new StreamWriter(context.Out, leaveOpen: true);
            ValidationTextReport.Write(result, writer);
        }
        return result.UnexpectedErrors == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}
