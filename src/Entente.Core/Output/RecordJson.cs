using System.Text.Encodings.Web;
using System.Text.Json;
using Entente.Records;
using Entente.Text;

namespace Entente.Output;

/// <summary>
/// Writes events and facts as JSON objects exactly as the Records contract in DESIGN.md lays them out: snake_case
/// keys in a fixed order, nulls written out, no reflection.
/// </summary>
public static class RecordJson
{
    /// <summary>Non-ASCII text stays readable: the output is data, never embedded in HTML.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void WriteEvent(Utf8JsonWriter w, EventRecord e)
    {
        w.WriteStartObject();
        w.WriteString(Names.Kind, Names.Event);
        WriteProvenance(w, e.Article, e.Sentence, e.Span, e.Text);
        w.WriteString(Names.Date, e.Date.ToString());
        w.WriteString(Names.DatePrecision, e.Date.PrecisionName);
        w.WriteString(Names.Source, e.Source);
        w.WriteString(Names.SourceCountry, e.SourceCountry);
        w.WriteString(Names.SourceOrg, e.SourceOrg);
        w.WriteString(Names.SourceText, e.SourceText);
        w.WriteString(Names.Target, e.Target);
        w.WriteString(Names.TargetCountry, e.TargetCountry);
        w.WriteString(Names.TargetOrg, e.TargetOrg);
        w.WriteString(Names.TargetText, e.TargetText);
        w.WriteString(Names.Code, e.Code);
        w.WriteString(Names.Root, e.Root);
        w.WriteNumber(Names.Goldstein, e.Goldstein);
        w.WriteNumber(Names.QuadClass, e.QuadClass);
        WriteLocation(w, e.Location);
        w.WriteString(Names.Modality, e.Modality == Modality.Intended ? Names.Intended : Names.Asserted);
        w.WriteNumber(Names.Confidence, Math.Round(e.Confidence, 2, MidpointRounding.AwayFromZero));
        w.WriteString(Names.Rule, e.Rule);
        w.WriteString(Names.DictVersion, e.DictVersion);
        if (e.SourceEntry is not null) w.WriteString(Names.SourceEntry, e.SourceEntry);
        if (e.TargetEntry is not null) w.WriteString(Names.TargetEntry, e.TargetEntry);
        w.WriteEndObject();
    }

    public static void WriteFact(Utf8JsonWriter w, FactRecord fact)
    {
        w.WriteStartObject();
        w.WriteString(Names.Kind, fact.Kind);
        switch (fact)
        {
            case OfficeFact o:
                w.WriteString(Names.Person, o.Person);
                w.WriteString(Names.Role, o.Role);
                w.WriteString(Names.RoleCode, o.RoleCode);
                w.WriteString(Names.Country, o.Country);
                WriteDate(w, Names.From, o.From);
                WriteDate(w, Names.To, o.To);
                break;
            case MembershipFact m:
                w.WriteString(Names.Country, m.Country);
                w.WriteString(Names.Org, m.Org);
                w.WriteString(Names.Status, m.Status);
                WriteDate(w, Names.Since, m.Since);
                break;
            case AgreementFact a:
                w.WriteStartArray(Names.Parties);
                foreach (var party in a.Parties) w.WriteStringValue(party);
                w.WriteEndArray();
                w.WriteString(Names.Subject, a.Subject);
                WriteDate(w, Names.Signed, a.Signed);
                break;
        }
        WriteProvenance(w, fact.Article, fact.Sentence, fact.Span, fact.Text);
        w.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter w, string article, int sentence, TextSpan span, string text)
    {
        w.WriteString(Names.Article, article);
        w.WriteNumber(Names.Sentence, sentence);
        w.WriteStartArray(Names.Span);
        w.WriteNumberValue(span.Start);
        w.WriteNumberValue(span.End);
        w.WriteEndArray();
        w.WriteString(Names.Text, text);
    }

    private static void WriteLocation(Utf8JsonWriter w, Location? location)
    {
        if (location is null)
        {
            w.WriteNull(Names.Location);
            return;
        }
        w.WriteStartObject(Names.Location);
        w.WriteString(Names.Name, location.Name);
        w.WriteString(Names.Country, location.Country);
        WriteNumberOrNull(w, Names.Lat, location.Lat);
        WriteNumberOrNull(w, Names.Lon, location.Lon);
        w.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter w, JsonEncodedText name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v);
        else w.WriteNull(name);
    }

    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, PartialDate? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString());
        else w.WriteNull(name);
    }

    /// <summary>Property names encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText Event = JsonEncodedText.Encode("event");
        public static readonly JsonEncodedText Article = JsonEncodedText.Encode("article");
        public static readonly JsonEncodedText Sentence = JsonEncodedText.Encode("sentence");
        public static readonly JsonEncodedText Span = JsonEncodedText.Encode("span");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText DatePrecision = JsonEncodedText.Encode("date_precision");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText SourceCountry = JsonEncodedText.Encode("source_country");
        public static readonly JsonEncodedText SourceOrg = JsonEncodedText.Encode("source_org");
        public static readonly JsonEncodedText SourceText = JsonEncodedText.Encode("source_text");
        public static readonly JsonEncodedText Target = JsonEncodedText.Encode("target");
        public static readonly JsonEncodedText TargetCountry = JsonEncodedText.Encode("target_country");
        public static readonly JsonEncodedText TargetOrg = JsonEncodedText.Encode("target_org");
        public static readonly JsonEncodedText TargetText = JsonEncodedText.Encode("target_text");
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
        public static readonly JsonEncodedText Root = JsonEncodedText.Encode("root");
        public static readonly JsonEncodedText Goldstein = JsonEncodedText.Encode("goldstein");
        public static readonly JsonEncodedText QuadClass = JsonEncodedText.Encode("quad_class");
        public static readonly JsonEncodedText Location = JsonEncodedText.Encode("location");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Country = JsonEncodedText.Encode("country");
        public static readonly JsonEncodedText Lat = JsonEncodedText.Encode("lat");
        public static readonly JsonEncodedText Lon = JsonEncodedText.Encode("lon");
        public static readonly JsonEncodedText Modality = JsonEncodedText.Encode("modality");
        public static readonly JsonEncodedText Asserted = JsonEncodedText.Encode("asserted");
        public static readonly JsonEncodedText Intended = JsonEncodedText.Encode("intended");
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText DictVersion = JsonEncodedText.Encode("dict_version");
        public static readonly JsonEncodedText SourceEntry = JsonEncodedText.Encode("source_entry");
        public static readonly JsonEncodedText TargetEntry = JsonEncodedText.Encode("target_entry");
        public static readonly JsonEncodedText Person = JsonEncodedText.Encode("person");
        public static readonly JsonEncodedText Role = JsonEncodedText.Encode("role");
        public static readonly JsonEncodedText RoleCode = JsonEncodedText.Encode("role_code");
        public static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
        public static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
        public static readonly JsonEncodedText Org = JsonEncodedText.Encode("org");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText Since = JsonEncodedText.Encode("since");
        public static readonly JsonEncodedText Parties = JsonEncodedText.Encode("parties");
        public static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
        public static readonly JsonEncodedText Signed = JsonEncodedText.Encode("signed");
    }
}
