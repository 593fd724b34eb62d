using System.CommandLine;
using Entente.Records;
using Entente.Store.Queries;
using Entente.Store.Reports;

namespace Entente.Cli.Commands;

/// <summary><c>entente dyad A B</c>: the relation between two states (or a state and an organization) in the knowledge base.</summary>
internal static class DyadCommand
{
    public static Command Create(CliContext context)
    {
        var a = QueryOptions.Code("A", "A state (ISO alpha-3, BLR) or organization (SCO).");
        var b = QueryOptions.Code("B", "The other side.");
        var from = DateOptions.From();
        var to = DateOptions.To();
        var limit = QueryOptions.Limit(20, "events in the timeline and in each list");
        var json = QueryOptions.Json();
        var db = StoreSetup.DbOption();
        var data = CommonOptions.Data();
        var command = new Command("dyad", "Relations between A and B: quad classes, Goldstein, monthly cooperation and conflict, last leaders' meeting, "
            + "agreements, shared memberships, invitations and announced visits, and the timeline with its sentences.")
        {
            a, b, from, to, limit, json, db, data,
        };
        command.SetAction(parse => Run(context, new DyadQuery.Options(parse.GetRequiredValue(a), parse.GetRequiredValue(b), parse.GetValue(from), parse.GetValue(to),
            parse.GetValue(limit)), parse.GetValue(json), parse.GetValue(db), parse.GetValue(data)));
        return command;
    }

    internal static int Run(CliContext context, DyadQuery.Options options, bool json, string? db, string? data) =>
        ReportOutput.Query(context, db, data, json, (store, reference) => DyadQuery.Run(store, reference, options), DyadText.Blocks);
}
