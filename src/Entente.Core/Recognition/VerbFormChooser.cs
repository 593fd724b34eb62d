namespace Entente.Recognition;

/// <summary>Which reading of an ambiguous verb form its auxiliaries select (<c>was hosted</c>, <c>to visit</c>, <c>has met</c>).</summary>
public static class VerbFormChooser
{
    /// <summary>
    /// After <c>to</c> the base form, after a form of <c>be</c> a participle or -ing form, after another auxiliary a
    /// participle or base form; otherwise the first reading. With <paramref name="infinitiveMustBeBase"/>, a form
    /// after <c>to</c> that is not a base form is no verb at all.
    /// </summary>
    public static VerbForm? Pick(VerbForm[] forms, bool be, bool aux, bool to, bool infinitiveMustBeBase)
    {
        VerbForm? fallback = null;
        foreach (var f in forms)
        {
            if (to && f.Inflection == VerbInflection.Base) return f;
            if (be && (f.CanBeParticiple || f.Inflection == VerbInflection.Ing)) return f;
            if (aux && !be && (f.CanBeParticiple || f.Inflection == VerbInflection.Base)) return f;
            fallback ??= f;
        }
        return to && infinitiveMustBeBase ? null : fallback;
    }
}
