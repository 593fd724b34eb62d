using System.Text.Json;

namespace Entente.Compatibility.Validation;

/// <summary>
/// The machine-readable validation report:
/// <c>{"file","overall":{"exact","total"},"selected":{"exact","total"},"categories":{"DEMO":{"exact","total","selected_exact","selected_total"},…},"failures":[…]}</c>.
/// Each failure gives the record's id, category, whether it is selected, its text, the expected and produced events
/// (<c>{"source","target","code"}</c>) and the error that stopped it, if any.
/// </summary>
public static class ValidationJsonReport
{
    public static void Write(ValidationResult result, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Output.RecordJson.WriterOptions.Encoder });
        w.WriteStartObject();
        w.WriteString("file", Path.GetFileName(result.File));
        Score(w, "overall", result.Exact, result.Total);
        Score(w, "selected", result.SelectedExact, result.SelectedTotal);
        w.WriteStartObject("categories");
        foreach (var c in result.Categories)
        {
            w.WriteStartObject(c.Category);
            w.WriteNumber("exact", c.Exact);
            w.WriteNumber("total", c.Total);
            w.WriteNumber("selected_exact", c.SelectedExact);
            w.WriteNumber("selected_total", c.SelectedTotal);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartArray("failures");
        foreach (var o in result.Outcomes.Where(o => !o.Exact))
        {
            w.WriteStartObject();
            w.WriteString("id", o.Record.Id);
            w.WriteString("category", o.Record.Category);
            w.WriteBoolean("selected", o.Selected);
            w.WriteString("text", o.Record.Text);
            Events(w, "expected", o.Expected);
            Events(w, "produced", o.Produced);
            if (o.Error is not null) w.WriteString("error", o.Error);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    private static void Score(Utf8JsonWriter w, string name, int exact, int total)
    {
        w.WriteStartObject(name);
        w.WriteNumber("exact", exact);
        w.WriteNumber("total", total);
        w.WriteEndObject();
    }

    /// <summary>Events are kept as <c>SOURCE TARGET CODE</c> strings; codes never hold spaces, quoted new actors may.</summary>
    private static void Events(Utf8JsonWriter w, string name, IReadOnlyList<string> events)
    {
        w.WriteStartArray(name);
        foreach (var e in events)
        {
            var (source, target, code) = Split(e);
            w.WriteStartObject();
            w.WriteString("source", source);
            w.WriteString("target", target);
            w.WriteString("code", code);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    internal static (string Source, string Target, string Code) Split(string e)
    {
        var last = e.LastIndexOf(' ');
        var rest = e[..last];
        // A quoted new actor ("INJURY TOLL") holds spaces: split outside quotes.
        var inQuote = false;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == '"') inQuote = !inQuote;
            else if (rest[i] == ' ' && !inQuote) return (rest[..i], rest[(i + 1)..], e[(last + 1)..]);
        }
        return (rest, "", e[(last + 1)..]);
    }
}
