using System.CommandLine;
using Entente.Dictionaries;

namespace Entente.Cli.Commands;

/// <summary><c>entente dict check [--stats]</c>: lints the dictionaries and reports every problem as file:line.</summary>
internal static class DictCommand
{
    public static Command Create(CliContext context)
    {
        var data = CommonOptions.Data();
        var stats = new Option<bool>("--stats") { Description = "Also print the number of entries per file and the three-digit CAMEO codes no pattern covers." };
        var check = new Command("check", "Lint the dictionary files: unparsable lines, unknown codes, duplicates, overlapping dated offices (exit 0: clean, 1: problems found).")
        {
            data, stats,
        };
        check.SetAction(parse => Run(context, parse.GetValue(data), parse.GetValue(stats)));
        return new Command("dict", "Work with the dictionaries in data/.") { check };
    }

    private static int Run(CliContext context, string? dataOption, bool withStats)
    {
        var directory = CoderSetup.ResolveDataDirectory(dataOption);
        using var output = new StreamWriter(context.Out, leaveOpen: true);
        DictionarySet set;
        try
        {
            set = DictionaryLoader.Load(directory);
        }
        catch (DictionaryLoadException ex)
        {
            foreach (var error in ex.Errors) output.WriteLine(error);
            output.WriteLine($"{ex.Errors.Count} problems in {directory}");
            return ExitCodes.SomeFailed;
        }
        var issues = DictionaryLinter.Lint(set);
        foreach (var issue in issues) output.WriteLine(issue);
        if (withStats)
        {
            var s = DictionaryLinter.Stats(set);
            output.WriteLine($"dictionaries in {directory} (version {set.Version}):");
            foreach (var (file, entries) in s.Files) output.WriteLine($"  {file,-22} {entries,7:N0}");
            output.WriteLine($"  people: {set.People.Count:N0} persons in {set.People.SelectMany(p => p.Offices).Select(o => o.Country).Distinct(StringComparer.Ordinal).Count()} states and organizations");
            output.WriteLine($"  patterns: {set.Patterns.Count(p => !p.IsNoun):N0} verb, {set.Patterns.Count(p => p.IsNoun):N0} noun; {set.Patterns.Select(p => p.Lemma).Distinct(StringComparer.Ordinal).Count():N0} lemmas");
            output.WriteLine(s.CodesWithoutPattern.Count == 0
                ? "  three-digit CAMEO codes without a pattern: none"
                : $"  three-digit CAMEO codes without a pattern: {string.Join(", ", s.CodesWithoutPattern)}");
        }
        output.WriteLine(issues.Count == 0 ? "no problems found" : $"{issues.Count} problems found");
        return issues.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}
