using Entente.Knowledge;
using Entente.Records;

namespace Entente.Store.Queries;

/// <summary>
/// The filters of <c>entente events</c>. A side matches its state, organization or full actor code
/// (<c>BLR</c>, <c>SCO</c>, <c>BLRGOV</c>); a code ending in <c>*</c> is a prefix (<c>05*</c>); text matches
/// the evidence sentences, ignoring case.
/// </summary>
public sealed record EventFilter
{
    public string? Source { get; init; }
    public string? Target { get; init; }
    public string? Code { get; init; }
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    public string? Text { get; init; }
    public int Limit { get; init; } = 50;

    internal SqlWhere ToWhere()
    {
        var where = new SqlWhere();
        if (Source is { } source) where.Add("e.source_key = {0} OR e.source = {0}", source.ToUpperInvariant());
        if (Target is { } target) where.Add("e.target_key = {0} OR e.target = {0}", target.ToUpperInvariant());
        if (Code is { } code)
        {
            if (code.EndsWith('*')) where.Add("e.code LIKE {0} ESCAPE '\\'", SqlWhere.StartsWith(code.TrimEnd('*')));
            else where.Add("e.code = {0}", code);
        }
        AddDates(where, From, To);
        if (!string.IsNullOrWhiteSpace(Text))
        {
            where.Add("""
                EXISTS (SELECT 1 FROM mentions m JOIN sentences s ON s.article_id = m.article_id AND s.idx = m.sentence
                        WHERE m.event_id = e.id AND lower(s.text) LIKE {0} ESCAPE '\')
                """, SqlWhere.Contains(Text.Trim().ToLowerInvariant()));
        }
        return where;
    }

    internal static void AddDates(SqlWhere where, PartialDate? from, PartialDate? to)
    {
        if (from is { } f) where.Add("e.day >= {0}", DayNumber.First(f));
        if (to is { } t) where.Add("e.day <= {0}", DayNumber.Last(t));
    }
}
