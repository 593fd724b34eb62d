namespace Entente.Dictionaries;

internal static class OfficeKinds
{
    public static bool TryParse(string text, out OfficeKind kind)
    {
        kind = text switch
        {
            "" => OfficeKind.None,
            "HOS" => OfficeKind.HeadOfState,
            "HOG" => OfficeKind.HeadOfGovernment,
            "FM" => OfficeKind.ForeignMinister,
            "DEF" => OfficeKind.DefenceMinister,
            "MIN" => OfficeKind.Minister,
            "SG" => OfficeKind.SecretaryGeneral,
            "OTH" => OfficeKind.Other,
            _ => (OfficeKind)255,
        };
        return (int)kind != 255;
    }
}
