using System.CommandLine;
using Entente.Store.Queries;
using Entente.Store.Reports;

namespace Entente.Cli.Commands;

/// <summary><c>entente facts</c>: stored offices, memberships and agreements matching filters, newest first.</summary>
internal static class FactsCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Option<string?>("--kind") { Description = "office, membership or agreement.", HelpName = "KIND" };
        kind.AcceptOnlyFromAmong(FactQuery.Kinds);
        var country = new Option<string?>("--country") { Description = "A state (BLR): its offices and memberships, and agreements it is party to.", HelpName = "STATE" };
        var org = new Option<string?>("--org") { Description = "An organization (SCO): its members, partners and observers.", HelpName = "ORG" };
        var person = new Option<string?>("--person") { Description = "Offices of people whose name contains TEXT (case-insensitive).", HelpName = "TEXT" };
        var from = DateOptions.From();
        var to = DateOptions.To();
        var limit = QueryOptions.Limit(50, "facts");
        var json = QueryOptions.Json();
        var db = StoreSetup.DbOption();
        var data = CommonOptions.Data();
        var command = new Command("facts", "List stored facts (offices, memberships, agreements) with the time they hold and their evidence, newest first. "
            + "--from/--to keep the facts that hold at some time in the period.")
        {
            kind, country, org, person, from, to, limit, json, db, data,
        };
        command.SetAction(parse =>
        {
            var filter = new FactQuery.Filter
            {
                Kind = parse.GetValue(kind),
                Country = parse.GetValue(country),
                Org = parse.GetValue(org),
                Person = parse.GetValue(person),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Limit = parse.GetValue(limit),
            };
            return ReportOutput.Query(context, parse.GetValue(db), parse.GetValue(data), parse.GetValue(json),
                (store, _) => FactQuery.Run(store, filter), facts => FactsText.Blocks(facts, filter.Limit));
        });
        return command;
    }
}
