using System.CommandLine;
using Entente.Store.Queries;
using Entente.Store.Reports;

namespace Entente.Cli.Commands;

/// <summary><c>entente events</c>: merged events matching filters, newest first, each with its evidence.</summary>
internal static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Option<string?>("--source") { Description = "Source state, organization or actor code (BLR, SCO, BLRGOV).", HelpName = "X" };
        var target = new Option<string?>("--target") { Description = "Target state, organization or actor code.", HelpName = "Y" };
        var code = new Option<string?>("--code")
        {
            Description = "CAMEO code, or a prefix ending in * (05* = every engage-in-cooperation code; quote it in the shell).",
            HelpName = "CODE",
            Validators = { result =>
            {
                var value = result.GetValueOrDefault<string?>() ?? "";
                if (value.TrimEnd('*').Length == 0 || !value.TrimEnd('*').All(char.IsAsciiDigit) || value.TrimEnd('*').Contains('*'))
                    result.AddError($"invalid --code '{value}' (expected digits such as 057, or a prefix such as 05*)");
            } },
        };
        var from = DateOptions.From();
        var to = DateOptions.To();
        var text = new Option<string?>("--text") { Description = "Only events whose evidence sentence contains WORD (case-insensitive).", HelpName = "WORD" };
        var limit = QueryOptions.Limit(50, "events");
        var json = QueryOptions.Json();
        var db = StoreSetup.DbOption();
        var command = new Command("events", "List merged events from the knowledge base, newest first, with mentions, articles, outlets and evidence.")
        {
            source, target, code, from, to, text, limit, json, db,
        };
        command.SetAction(parse =>
        {
            var filter = new EventFilter
            {
                Source = parse.GetValue(source),
                Target = parse.GetValue(target),
                Code = parse.GetValue(code),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Text = parse.GetValue(text),
                Limit = parse.GetValue(limit),
            };
            using var store = StoreSetup.Open(parse.GetValue(db), create: false);
            var asJson = parse.GetValue(json);
            var events = EventQuery.Run(store, filter, allMentions: asJson);
            if (asJson) ReportOutput.WriteJson(context, events);
            else ReportOutput.WriteText(context, EventsText.Blocks(events, filter.Limit));
            return ExitCodes.Ok;
        });
        return command;
    }
}
