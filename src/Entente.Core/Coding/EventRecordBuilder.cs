using Entente.Dictionaries;
using Entente.Records;
using Entente.Recognition;
using Entente.Text;

namespace Entente.Coding;

/// <summary>Turns event candidates into contract records: CAMEO weights, evidence span, place from the gazetteer.</summary>
public sealed class EventRecordBuilder(Lexicon lexicon, string dictVersion)
{
    public EventRecord Build(Document doc, Sentence sentence, EventCandidate c, PartialDate date, Location? location)
    {
        var cameo = lexicon.Dictionaries.Cameo[c.Code];
        var tokens = doc.Tokens;
        var first = Math.Clamp(c.FirstToken, sentence.FirstToken, sentence.EndToken - 1);
        var last = Math.Clamp(c.LastToken, first, sentence.EndToken - 1);
        return new EventRecord
        {
            Article = doc.Article.Id,
            Sentence = sentence.Index,
            Span = new TextSpan(tokens[first].Start, tokens[last].End),
            Text = doc.TextOf(sentence.Span),
            Date = date,
            Source = c.Source.Code,
            SourceCountry = c.Source.Country,
            SourceOrg = c.Source.Org,
            SourceText = c.Source.Person ?? c.Source.Title ?? c.Source.Key,
            Target = c.Target.Code,
            TargetCountry = c.Target.Country,
            TargetOrg = c.Target.Org,
            TargetText = c.Target.Person ?? c.Target.Title ?? c.Target.Key,
            Code = c.Code,
            Goldstein = cameo.Goldstein,
            QuadClass = cameo.QuadClass,
            Location = location,
            Modality = c.Modality,
            Confidence = Math.Round(c.Confidence, 2),
            Rule = c.Rule,
            SourceEntry = c.Source.Entry?.ToString(),
            TargetEntry = c.Target.Entry?.ToString(),
            DictVersion = dictVersion,
        };
    }

    /// <summary>The first gazetteer place the sentence puts something <c>in</c> or <c>at</c>.</summary>
    public Location? LocationIn(Token[] tokens, Sentence sentence, SentencePhrases phrases)
    {
        foreach (var phrase in phrases.All)
        {
            var before = phrase.Start - 1;
            if (before < sentence.FirstToken || tokens[before].Norm is not ("in" or "at")) continue;
            foreach (var unit in phrase.Units)
                foreach (var part in unit.Parts)
                    if (part.Entry?.Place is { } place) return ToLocation(place);
        }
        return null;
    }

    public Location? PlaceNamed(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var tokens = Tokenizer.Tokenize(name);
        var length = lexicon.Names.LongestMatch(0, tokens.Length, i => tokens[i].Norm, out var values);
        if (length == 0) return null;
        foreach (var v in values)
        {
            if (v.Place is { } place) return ToLocation(place);
            if (v.Country?.Capital is { } capital && lexicon.CapitalsByCountry.TryGetValue(v.Country.Code, out var cap) && cap.Name == capital)
                return ToLocation(cap);
        }
        return null;
    }

    private static Location ToLocation(Place place) => new(place.Name, place.Country, place.Lat, place.Lon);
}
