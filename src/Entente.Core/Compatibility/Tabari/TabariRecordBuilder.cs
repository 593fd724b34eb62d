using System.Globalization;
using Entente.Records;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Compatibility.Tabari;

/// <summary>
/// Writes TABARI events as Entente records. PETRARCH codes need not be in cameo.txt (<c>1717</c>, <c>174K</c>): the
/// Goldstein weight is that of the longest code cameo.txt knows that starts the event code, and an event code that
/// does not start with a CAMEO root has quad class 0.
/// </summary>
internal sealed class TabariRecordBuilder(Lexicon lexicon, string dictVersion)
{
    public EventRecord Build(Document doc, Sentence sentence, TabariEvent e, DateOnly date)
    {
        var tokens = doc.Tokens;
        var first = Math.Clamp(e.First, sentence.FirstToken, sentence.EndToken - 1);
        var last = Math.Clamp(e.Last, first, sentence.EndToken - 1);
        return new EventRecord
        {
            Article = doc.Article.Id,
            Sentence = sentence.Index,
            Span = new TextSpan(tokens[first].Start, tokens[last].End),
            Text = doc.TextOf(sentence.Span),
            Date = PartialDate.OfDay(date),
            Source = e.Source.Code,
            SourceCountry = CountryOf(e.Source.Code),
            SourceText = e.Source.Text,
            Target = e.Target.Code,
            TargetCountry = CountryOf(e.Target.Code),
            TargetText = e.Target.Text,
            Code = e.Code,
            Goldstein = Goldstein(e.Code),
            QuadClass = QuadClass(e.Code),
            Modality = Modality.Asserted,
            Confidence = 0.6,
            Rule = e.Rule,
            SourceEntry = e.Source.Entry?.ToString(),
            TargetEntry = e.Target.Entry?.ToString(),
            DictVersion = dictVersion,
        };
    }

    private string? CountryOf(string code) =>
        code.Length >= 3 && lexicon.CountriesByCode.ContainsKey(code[..3]) ? code[..3] : null;

    private double Goldstein(string code)
    {
        for (var length = code.Length; length >= 2; length--)
            if (lexicon.Dictionaries.Cameo.TryGetValue(code[..length], out var known)) return known.Goldstein;
        return 0;
    }

    private static int QuadClass(string code) =>
        code.Length >= 2 && int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var root) && root is >= 1 and <= 20
            ? root switch { <= 5 => 1, <= 8 => 2, <= 13 => 3, _ => 4 }
            : 0;
}
