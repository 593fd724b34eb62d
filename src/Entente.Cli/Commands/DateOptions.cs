using System.CommandLine;
using System.CommandLine.Parsing;
using Entente.Records;

namespace Entente.Cli.Commands;

/// <summary>Date options of the knowledge-base commands: <c>--date</c> for ingest, <c>--from</c>/<c>--to</c> for queries.</summary>
internal static class DateOptions
{
    public static Option<PartialDate?> Publication() => new("--date")
    {
        Description = "Publication date of plain-text articles and of JSON articles without 'published' (YYYY-MM-DD, or YYYY to date by the dateline).",
        HelpName = "YYYY-MM-DD",
        CustomParser = result => Parse(result, "--date"),
    };

    public static Option<PartialDate?> From() => new("--from")
    {
        Description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD: from the first day it can mean).",
        HelpName = "DATE",
        CustomParser = result => Parse(result, "--from"),
    };

    public static Option<PartialDate?> To() => new("--to")
    {
        Description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD: up to the last day it can mean).",
        HelpName = "DATE",
        CustomParser = result => Parse(result, "--to"),
    };

    private static PartialDate? Parse(ArgumentResult result, string name)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (PartialDate.TryParse(text, out var date)) return date;
        result.AddError($"invalid {name} '{text}' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        return null;
    }
}
