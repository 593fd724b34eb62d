using System.Text.Json;
using Entente.Records;
using Entente.Sources;

namespace Entente.Evaluation;

/// <summary>
/// Loads gold files (one JSON object per <c>.json</c> file) from files and folders (recursively, in ordinal path
/// order). A bad file or a bad entry is reported and skipped; the rest still loads.
/// </summary>
public static class GoldLoader
{
    public static GoldSet Load(IReadOnlyList<string> paths)
    {
        var articles = new List<GoldArticle>();
        var errors = new List<ReadError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Expand(paths, errors))
        {
            var article = LoadFile(file, errors);
            if (article is null) continue;
            if (!seen.Add(article.Id))
            {
                errors.Add(new ReadError(file, 0, $"duplicate article id '{article.Id}'"));
                continue;
            }
            articles.Add(article);
        }
        return new GoldSet(articles, errors);
    }

    /// <summary>Parses one gold file's JSON; problems go to <paramref name="errors"/> under <paramref name="file"/>.</summary>
    internal static GoldArticle? Parse(string json, string file, List<ReadError> errors)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return Parse(doc.RootElement, file, errors);
        }
        catch (JsonException ex)
        {
            errors.Add(new ReadError(file, ex.LineNumber is { } n ? (int)n + 1 : 0, JsonArticleParser.Describe(ex)));
            return null;
        }
    }

    private static IEnumerable<string> Expand(IReadOnlyList<string> paths, List<ReadError> errors)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).ToList();
                files.Sort(StringComparer.Ordinal);
                if (files.Count == 0) errors.Add(new ReadError(path, 0, "no .json gold files in folder"));
                foreach (var file in files) yield return file;
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                errors.Add(new ReadError(path, 0, "no such file or directory"));
            }
        }
    }

    private static GoldArticle? LoadFile(string file, List<ReadError> errors)
    {
        string json;
        try
        {
            json = File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ReadError(file, 0, $"cannot read: {ex.Message}"));
            return null;
        }
        return Parse(json, file, errors);
    }

    private static GoldArticle? Parse(JsonElement root, string file, List<ReadError> errors)
    {
        void Fail(string message) => errors.Add(new ReadError(file, 0, message));

        if (root.ValueKind != JsonValueKind.Object)
        {
            Fail("expected a JSON object");
            return null;
        }
        var text = Str(root, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            Fail("missing 'text'");
            return null;
        }
        if (Str(root, "published") is not { } published || !PublicationDate.TryParseJson(published, out var date))
        {
            Fail("missing or invalid 'published' (expected YYYY-MM-DD)");
            return null;
        }
        var id = Str(root, "id") is { Length: > 0 } given ? given : Path.GetFileNameWithoutExtension(file);
        var article = new Article(id, Str(root, "title"), text, date, Str(root, "outlet"), Str(root, "url"), $"{file}:1");

        var events = new List<GoldEvent>();
        foreach (var (element, index) in Items(root, "events"))
        {
            if (ParseEvent(element) is { } e) events.Add(e);
            else Fail($"event {index}: needs source, target, code and a date YYYY[-MM[-DD]]");
        }
        var facts = new List<GoldFact>();
        foreach (var (element, index) in Items(root, "facts"))
        {
            if (ParseFact(element, out var problem) is { } f) facts.Add(f);
            else Fail($"fact {index}: {problem}");
        }
        return new GoldArticle(article, events, facts);
    }

    private static GoldEvent? ParseEvent(JsonElement e)
    {
        if (Str(e, "source") is not { Length: > 0 } source || Str(e, "target") is not { Length: > 0 } target
            || Str(e, "code") is not { Length: >= 2 } code || !PartialDate.TryParse(Str(e, "date"), out var date))
        {
            return null;
        }
        // A gold event without the flag is treated as central: recall over-counts rather than hides it.
        var required = !e.TryGetProperty("required", out var flag) || flag.ValueKind != JsonValueKind.False;
        return new GoldEvent(source.Trim(), target.Trim(), code.Trim(), date, Str(e, "evidence") ?? "", required)
        {
            Location = Str(e, "location"),
            Note = Str(e, "note"),
        };
    }

    private static GoldFact? ParseFact(JsonElement f, out string problem)
    {
        problem = "";
        var evidence = Str(f, "evidence") ?? "";
        switch (Str(f, "kind"))
        {
            case "office":
                if (Str(f, "person") is { Length: > 0 } person && Str(f, "country") is { Length: > 0 } country)
                    return new GoldOffice(person, Str(f, "role"), country, evidence);
                problem = "office needs person and country";
                return null;
            case "membership":
                if (Str(f, "country") is { Length: > 0 } member && Str(f, "org") is { Length: > 0 } org && Str(f, "status") is { Length: > 0 } status
                    && TryOptionalDate(f, "since", out var since))
                    return new GoldMembership(member, org, status, since, evidence);
                problem = "membership needs country, org, status and a valid or null since";
                return null;
            case "agreement":
                var parties = Items(f, "parties").Select(p => p.Element.ValueKind == JsonValueKind.String ? p.Element.GetString() : null).ToList();
                if (parties.Count > 0 && parties.All(p => !string.IsNullOrWhiteSpace(p)) && TryOptionalDate(f, "signed", out var signed))
                    return new GoldAgreement(parties.Select(p => p!).ToList(), Str(f, "subject"), signed, evidence);
                problem = "agreement needs parties and a valid or null signed";
                return null;
            case var other:
                problem = $"unknown fact kind '{other}'";
                return null;
        }
    }

    private static bool TryOptionalDate(JsonElement e, string name, out PartialDate? date)
    {
        date = null;
        var text = Str(e, name);
        if (text is null) return true;
        if (!PartialDate.TryParse(text, out var parsed)) return false;
        date = parsed;
        return true;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<(JsonElement Element, int Index)> Items(JsonElement e, string name) =>
        e.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select((item, index) => (item, index))
            : [];
}
