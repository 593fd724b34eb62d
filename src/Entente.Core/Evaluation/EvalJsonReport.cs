using System.Text.Json;

namespace Entente.Evaluation;

/// <summary>
/// The machine-readable report: <c>{"overall":{…},"facts":{"office":{…},…},"files":[{"id",…,"missed":[…],"spurious":[…]}]}</c>.
/// Ratios are rounded to 4 decimals and null when undefined (nothing to divide by).
/// </summary>
public static class EvalJsonReport
{
    public static void Write(EvalResult result, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Output.RecordJson.WriterOptions.Encoder });
        w.WriteStartObject();
        w.WriteStartObject("overall");
        WriteCounts(w, result.Overall);
        WriteHistogram(w, "missed_by_class", result.MissedByClass);
        WriteHistogram(w, "spurious_by_class", result.SpuriousByClass);
        w.WriteEndObject();
        WriteFacts(w, result.Facts);
        w.WriteStartArray("files");
        foreach (var f in result.Files) WriteFile(w, f);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    private static void WriteFile(Utf8JsonWriter w, FileResult f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        WriteCounts(w, f.Events);
        WriteFacts(w, f.Facts);
        w.WriteStartArray("missed");
        foreach (var m in f.Missed) WriteError(w, m);
        w.WriteEndArray();
        w.WriteStartArray("spurious");
        foreach (var s in f.Spurious) WriteError(w, s);
        w.WriteEndArray();
        WriteFactErrors(w, "missed_facts", f.MissedFacts);
        WriteFactErrors(w, "spurious_facts", f.SpuriousFacts);
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, EventCounts c)
    {
        Ratio(w, "precision", c.Precision);
        Ratio(w, "recall", c.Recall);
        Ratio(w, "f1", c.F1);
        w.WriteNumber("required", c.Required);
        w.WriteNumber("matched_required", c.MatchedRequired);
        w.WriteNumber("extracted", c.Extracted);
        w.WriteNumber("correct_extracted", c.CorrectExtracted);
    }

    private static void WriteFacts(Utf8JsonWriter w, FactScores facts)
    {
        w.WriteStartObject("facts");
        foreach (var (kind, c) in facts.ByKind)
        {
            w.WriteStartObject(kind);
            Ratio(w, "precision", c.Precision);
            Ratio(w, "recall", c.Recall);
            Ratio(w, "f1", c.F1);
            w.WriteNumber("gold", c.Gold);
            w.WriteNumber("matched", c.Matched);
            w.WriteNumber("extracted", c.Extracted);
            w.WriteNumber("correct", c.Correct);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter w, EventError e)
    {
        w.WriteStartObject();
        w.WriteString("class", e.Class.Name());
        w.WriteString("text", e.Text);
        WriteKey(w, "gold", e.Gold);
        WriteKey(w, "extracted", e.Extracted);
        if (e.Sentence is { } sentence) w.WriteNumber("sentence", sentence);
        w.WriteEndObject();
    }

    private static void WriteKey(Utf8JsonWriter w, string name, EventKey? key)
    {
        if (key is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        w.WriteString("source", key.Source);
        w.WriteString("target", key.Target);
        w.WriteString("code", key.Code);
        w.WriteString("date", key.Date);
        w.WriteEndObject();
    }

    private static void WriteFactErrors(Utf8JsonWriter w, string name, IReadOnlyList<FactError> errors)
    {
        w.WriteStartArray(name);
        foreach (var e in errors)
        {
            w.WriteStartObject();
            w.WriteString("kind", e.Kind);
            w.WriteString("fact", e.Description);
            w.WriteString("text", e.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteHistogram(Utf8JsonWriter w, string name, IReadOnlyList<(ErrorClass Class, int Count)> classes)
    {
        w.WriteStartObject(name);
        foreach (var (c, n) in classes) w.WriteNumber(c.Name(), n);
        w.WriteEndObject();
    }

    private static void Ratio(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, Math.Round(v, 4));
        else w.WriteNull(name);
    }
}
