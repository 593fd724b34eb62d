using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Entente.Compatibility.Records;

/// <summary>
/// Reads PETRARCH records XML, streaming: validation files (root <c>&lt;Validation&gt;</c>, an <c>&lt;Environment&gt;</c>,
/// then <c>&lt;Sentences&gt;</c>) and batch files (root <c>&lt;Sentences&gt;</c>). <c>&lt;Config&gt;</c> elements between
/// records apply to all later records. The files have no XML declaration. Records are coded from their
/// <c>&lt;Text&gt;</c>; the <c>&lt;Parse&gt;</c> tree is only checked for balance, as PETRARCH rejects an unbalanced one.
/// A malformed record comes back with a <see cref="PetrarchRecord.Problem"/>; malformed XML ends the file with one error.
/// </summary>
public static class PetrarchRecordReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Whether the file's root element is <c>&lt;Validation&gt;</c> or <c>&lt;Sentences&gt;</c>.</summary>
    public static bool IsRecordsFile(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, Settings);
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName is "Validation" or "Sentences";
        }
        catch (Exception ex) when (ex is XmlException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static IEnumerable<PetrarchRecordItem> Read(string path)
    {
        XmlReader reader;
        try
        {
            reader = XmlReader.Create(path, Settings);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [new PetrarchRecordItem(null, null, $"cannot read: {ex.Message}", 0)];
        }
        return ReadAll(reader);
    }

    private static IEnumerable<PetrarchRecordItem> ReadAll(XmlReader reader)
    {
        using (reader)
        {
            var config = RecordConfig.Default;
            var line = (IXmlLineInfo)reader;
            while (true)
            {
                XElement? element = null;
                string? error = null;
                var at = 0;
                try
                {
                    // ReadFrom leaves the reader on the node after the element: read on only when not at an element.
                    while (element is null && !reader.EOF)
                    {
                        if (reader.NodeType != XmlNodeType.Element || reader.LocalName is "Validation" or "Sentences")
                        {
                            reader.Read();
                            continue;
                        }
                        at = line.LineNumber;
                        element = (XElement)XNode.ReadFrom(reader);
                    }
                }
                catch (XmlException ex)
                {
                    error = $"malformed XML: {ex.Message}";
                    at = ex.LineNumber;
                }
                if (error is not null) { yield return new PetrarchRecordItem(null, null, error, at); yield break; }
                if (element is null) yield break;
                switch (element.Name.LocalName)
                {
                    case "Environment":
                        yield return new PetrarchRecordItem(null, Environment(element), null, at);
                        break;
                    case "Config":
                        config = Apply(config, element);
                        break;
                    case "Sentence":
                        yield return new PetrarchRecordItem(Record(element, config, at), null, null, at);
                        break;
                }
            }
        }
    }

    private static PetrarchEnvironment Environment(XElement e)
    {
        List<string> Files(string name) => e.Elements(name).Select(x => x.Value.Trim()).Where(v => v.Length > 0).ToList();
        var include = (e.Element("Include")?.Value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return new PetrarchEnvironment(Files("Verbfile"), Files("Actorfile"), Files("Agentfile"), Files("Discardfile"), include);
    }

    private static RecordConfig Apply(RecordConfig config, XElement e)
    {
        var value = ((string?)e.Attribute("value") ?? "").Trim();
        return ((string?)e.Attribute("option"))?.Trim() switch
        {
            "require_dyad" when bool.TryParse(value, out var dyad) => config with { RequireDyad = dyad },
            "new_actor_length" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var length) => config with { NewActorLength = length },
            _ => config,
        };
    }

    private static PetrarchRecord Record(XElement e, RecordConfig config, int line)
    {
        var id = ((string?)e.Attribute("id"))?.Trim() ?? "";
        var dateText = ((string?)e.Attribute("date"))?.Trim() ?? "";
        var text = e.Element("Text")?.Value;
        string? problem = null;
        if (id.Length == 0) problem = "record without an id";
        else if (dateText.Length == 0) problem = "record without a date";
        else if (!DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            problem = $"bad date '{dateText}' (expected YYYYMMDD)";
        else if (text is null) problem = "record without <Text>";
        else if (e.Element("Parse")?.Value is { } parse && !Balanced(parse)) problem = "unbalanced brackets in <Parse>";
        DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);

        var expected = new List<ExpectedEvent>();
        string? expectedError = null;
        foreach (var coding in e.Elements("EventCoding"))
        {
            if ((string?)coding.Attribute("error") is { } err) { expectedError = err.Trim(); continue; }
            if (coding.Attribute("noevents") is not null) continue;
            expected.Add(new ExpectedEvent(Code(coding, "sourcecode"), Code(coding, "targetcode"), Code(coding, "eventcode")));
        }
        return new PetrarchRecord
        {
            Id = id.Length > 0 ? id : $"line {line}",
            Line = line,
            Category = ((string?)e.Attribute("category"))?.Trim(),
            Date = date,
            SentenceFlag = ((string?)e.Attribute("sentence"))?.Trim(),
            Source = ((string?)e.Attribute("source"))?.Trim(),
            Text = string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            Expected = expected,
            ExpectedError = expectedError,
            Config = config,
            Problem = problem,
        };
    }

    private static string Code(XElement coding, string name) => ((string?)coding.Attribute(name))?.Trim() ?? "";

    /// <summary>Every <c>)</c> closes an open <c>(</c>, and none is left open.</summary>
    private static bool Balanced(string parse)
    {
        var depth = 0;
        foreach (var c in parse)
        {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) return false;
        }
        return depth == 0;
    }
}
