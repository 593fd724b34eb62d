namespace Entente.Dictionaries;

/// <summary>A code an actor phrase carries between two dates (either end open).</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? Until)
{
    public bool Undated => From is null && Until is null;
    public bool AppliesOn(DateOnly date) => (From is not { } f || date >= f) && (Until is not { } u || date < u);
}

/// <summary>
/// An actor phrase with ready-made CAMEO codes, as TABARI/PETRARCH actor dictionaries give them
/// (<c>JANE_Q_ROE_ [ABCGOV &gt;011222]</c>). Entente's own dictionaries describe actors instead; this kind lets the
/// same engine code with imported dictionaries.
/// </summary>
public sealed record CodedActor(string Phrase, IReadOnlyList<DatedCode> Codes, EntryOrigin Origin)
{
    /// <summary>The TABARI rule: a dated code that applies wins; the undated code is the fallback.</summary>
    public string? CodeOn(DateOnly date) =>
        Codes.FirstOrDefault(c => !c.Undated && c.AppliesOn(date))?.Code ?? Codes.FirstOrDefault(c => c.Undated)?.Code;
}
