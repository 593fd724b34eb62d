namespace Entente.Web;

/// <summary>Shapes of the codes the API takes in its paths.</summary>
internal static class Codes
{
    /// <summary>A state, organization or actor code: 2 to 16 ASCII letters or digits, a final + allowed (BLR, SCO, BLRGOV, OPEC+).</summary>
    public static bool IsActorKey(string? code) =>
        code is { Length: >= 2 and <= 16 } && code.TrimEnd('+').Length > 0 && code.TrimEnd('+').All(char.IsAsciiLetterOrDigit);
}
