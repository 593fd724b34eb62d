namespace Entente.Compatibility.Tabari;

/// <summary>How TABARI writes and combines actor and agent codes.</summary>
internal static class TabariCodes
{
    /// <summary>No actor (an unknown one, or a dictionary phrase coded <c>[---]</c>).</summary>
    public const string None = "---";

    /// <summary>
    /// Appends an agent code unless the code already holds it at a code boundary (<c>USAGOV</c> + <c>GOV</c> stays
    /// <c>USAGOV</c>; <c>HGWGOVMED</c> + <c>GOVMED</c> stays as it is).
    /// </summary>
    public static string Append(string code, string agent)
    {
        for (var at = 0; at + agent.Length <= code.Length; at += 3)
            if (string.CompareOrdinal(code, at, agent, 0, agent.Length) == 0) return code;
        return code + agent;
    }

    /// <summary>A compound code (<c>FRO/BIL/SAM</c> for "the Shire") names several actors.</summary>
    public static string[] Split(string code) => code.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
