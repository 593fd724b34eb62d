using System.CommandLine;
using Entente.Store.Queries;
using Entente.Store.Reports;

namespace Entente.Cli.Commands;

/// <summary><c>entente events</c>: merged events matching filters, newest first, each with its evidence.</summary>
internal static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var source = QueryOptions.Source();
        var target = QueryOptions.Target();
        var code = QueryOptions.CameoCode();
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
