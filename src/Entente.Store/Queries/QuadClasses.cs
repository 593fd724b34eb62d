namespace Entente.Store.Queries;

/// <summary>The names of CAMEO's four quad classes.</summary>
public static class QuadClasses
{
    public static string Name(int quadClass) => quadClass switch
    {
        1 => "verbal cooperation",
        2 => "material cooperation",
        3 => "verbal conflict",
        4 => "material conflict",
        _ => "unknown",
    };

    public static bool IsCooperation(int quadClass) => quadClass is 1 or 2;
}
