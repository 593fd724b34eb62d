using System.CommandLine;
using Entente.Store.Queries;
using Entente.Store.Reports;

namespace Entente.Cli.Commands;

/// <summary><c>entente org O</c>: an organization's members, partners, observers and dialogue partners, with dates and evidence.</summary>
internal static class OrgCommand
{
    public static Command Create(CliContext context)
    {
        var org = QueryOptions.Code("ORG", "An organization's acronym (SCO, ASEAN, NATO).");
        var json = QueryOptions.Json();
        var db = StoreSetup.DbOption();
        var data = CommonOptions.Data();
        var command = new Command("org", "An organization: members, partners, observers and dialogue partners with their dates, from the dictionary "
            + "(memberships.txt) and from what articles said.")
        {
            org, json, db, data,
        };
        command.SetAction(parse => ReportOutput.Query(context, parse.GetValue(db), parse.GetValue(data), parse.GetValue(json),
            (store, reference) => OrgQuery.Run(store, reference, parse.GetRequiredValue(org)), OrgText.Blocks));
        return command;
    }
}
