using System.CommandLine;
using Entente.Store.Queries;
using Entente.Store.Reports;

namespace Entente.Cli.Commands;

/// <summary><c>entente actor C</c>: a state's office holders over time, its memberships and its most frequent partners.</summary>
internal static class ActorCommand
{
    public static Command Create(CliContext context)
    {
        var country = QueryOptions.Code("STATE", "A state (ISO alpha-3: BLR).");
        var from = DateOptions.From();
        var to = DateOptions.To();
        var limit = QueryOptions.Limit(10, "partners");
        var json = QueryOptions.Json();
        var db = StoreSetup.DbOption();
        var data = CommonOptions.Data();
        var command = new Command("actor", "A state: offices and their holders (dictionary and articles), memberships, and the most frequent partners "
            + "with their balance of cooperation and conflict.")
        {
            country, from, to, limit, json, db, data,
        };
        command.SetAction(parse => ReportOutput.Query(context, parse.GetValue(db), parse.GetValue(data), parse.GetValue(json),
            (store, reference) => ActorQuery.Run(store, reference,
                new ActorQuery.Options(parse.GetRequiredValue(country), parse.GetValue(from), parse.GetValue(to), parse.GetValue(limit))),
            ActorText.Blocks));
        return command;
    }
}
