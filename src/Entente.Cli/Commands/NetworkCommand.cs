using System.CommandLine;
using Entente.Store.Queries;
using Entente.Store.Reports;

namespace Entente.Cli.Commands;

/// <summary><c>entente network</c>: the pairs of states with events in a period, the busiest first.</summary>
internal static class NetworkCommand
{
    public static Command Create(CliContext context)
    {
        var from = DateOptions.From();
        var to = DateOptions.To();
        var min = new Option<int>("--min")
        {
            Description = "Only pairs with at least N events (default 1).",
            HelpName = "N",
            DefaultValueFactory = _ => 1,
            Validators = { result =>
            {
                if (result.GetValueOrDefault<int>() < 1) result.AddError("--min must be at least 1");
            } },
        };
        var focus = new Option<string?>("--focus")
        {
            Description = "Only the pairs of this state (BLR) and the pairs among its partners.",
            HelpName = "STATE",
        };
        var limit = QueryOptions.Limit(NetworkQuery.DefaultMaxEdges, $"pairs, the busiest first (up to {NetworkQuery.MaxEdgesLimit})");
        var json = QueryOptions.Json();
        var db = StoreSetup.DbOption();
        var data = CommonOptions.Data();
        var command = new Command("network", "The network of relations among states in a period (default: the twelve months up to the newest article): "
            + "each pair's events both ways, cooperation and conflict, mean Goldstein; and each state's events and partners.")
        {
            from, to, min, focus, limit, json, db, data,
        };
        command.SetAction(parse => Run(context, new NetworkQuery.Options(parse.GetValue(from), parse.GetValue(to), parse.GetValue(min),
            Math.Min(parse.GetValue(limit), NetworkQuery.MaxEdgesLimit), parse.GetValue(focus)), parse.GetValue(json), parse.GetValue(db), parse.GetValue(data)));
        return command;
    }

    internal static int Run(CliContext context, NetworkQuery.Options options, bool json, string? db, string? data) =>
        ReportOutput.Query(context, db, data, json, (store, reference) => NetworkQuery.Run(store, reference, options), NetworkText.Blocks);
}
