using System.CommandLine;

namespace Entente.Cli.Commands;

/// <summary>Options the knowledge-base queries share.</summary>
internal static class QueryOptions
{
    public static Option<bool> Json() => new("--json") { Description = "Print the report as JSON (snake_case keys) instead of tables." };

    public static Option<int> Limit(int byDefault, string what) => new("--limit", "-n")
    {
        Description = $"At most N {what} (default {byDefault}).",
        HelpName = "N",
        DefaultValueFactory = _ => byDefault,
        Validators = { result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--limit must be at least 1");
        } },
    };

    /// <summary>A state or organization code: letters only, as in the dictionaries (BLR, SCO, EU).</summary>
    public static Argument<string> Code(string name, string description) => new(name)
    {
        Description = description,
        Validators = { result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (value.Length == 0 || value.Length > 16 || !value.All(char.IsAsciiLetterOrDigit)) result.AddError($"'{value}' is not a state or organization code (BLR, SCO...)");
        } },
    };

    public static Option<string?> Source() => new("--source") { Description = "Source state, organization or actor code (BLR, SCO, BLRGOV).", HelpName = "X" };

    public static Option<string?> Target() => new("--target") { Description = "Target state, organization or actor code.", HelpName = "Y" };

    /// <summary>A CAMEO code or a prefix ending in <c>*</c> (<c>05*</c>).</summary>
    public static Option<string?> CameoCode() => new("--code")
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
}
