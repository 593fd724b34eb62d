using System.Text.Json;
using AngleSharp.Dom;

namespace Entente.Sources;

/// <summary>What a web page says about itself: title, publication date, outlet and canonical address.</summary>
internal sealed record HtmlMetadata(string? Title, DateOnly? Published, string? Outlet, string? Url)
{
    /// <summary>Date meta tags in order of trust; the first that parses wins.</summary>
    private static readonly string[] DateKeys =
    [
        "article:published_time", "datepublished", "date", "pubdate", "publishdate", "publish-date", "dc.date",
        "dc.date.issued", "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date",
    ];

    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads the metadata; call before <see cref="HtmlMainText.Extract"/> changes the document.</summary>
    public static HtmlMetadata Read(IDocument document)
    {
        var meta = MetaTags(document);
        var title = Text(meta.GetValueOrDefault("og:title")) ?? Text(document.Title)
            ?? Text(document.QuerySelector("h1")?.TextContent);
        return new HtmlMetadata(title, Date(document, meta), Text(meta.GetValueOrDefault("og:site_name")), Address(document, meta));
    }

    /// <summary><c>&lt;meta property|name|itemprop="key" content="..."&gt;</c> by lower-cased key; the first of a key wins.</summary>
    private static Dictionary<string, string> MetaTags(IDocument document)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta[content]"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            if (string.IsNullOrWhiteSpace(key)) continue;
            tags.TryAdd(key.Trim().ToLowerInvariant(), element.GetAttribute("content")!);
        }
        return tags;
    }

    /// <summary>
    /// Meta tags, then JSON-LD <c>datePublished</c>, then a <c>&lt;time datetime&gt;</c> (the article's own before
    /// any other): the structured statements are more reliable than a time element that may date a sidebar item.
    /// </summary>
    private static DateOnly? Date(IDocument document, Dictionary<string, string> meta)
    {
        foreach (var key in DateKeys)
        {
            if (WebDate.TryParse(meta.GetValueOrDefault(key), out var date)) return date;
        }
        if (JsonLdDate(document) is { } published) return published;
        var times = document.QuerySelectorAll("article time[datetime], time[itemprop=datePublished], time[pubdate], time[datetime]");
        foreach (var time in times)
        {
            if (WebDate.TryParse(time.GetAttribute("datetime"), out var date)) return date;
        }
        return null;
    }

    private static DateOnly? JsonLdDate(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, Lenient);
                if (FindString(json.RootElement, "datePublished") is { } value && WebDate.TryParse(value, out var date)) return date;
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources of a date still count.
            }
        }
        return null;
    }

    /// <summary>The first string value of <paramref name="name"/>, searched depth-first (JSON-LD nests in <c>@graph</c>).</summary>
    private static string? FindString(JsonElement element, string name)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(element);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (current.ValueKind == JsonValueKind.Object)
            {
                if (current.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String) return value.GetString();
                foreach (var property in current.EnumerateObject().Reverse()) pending.Push(property.Value);
            }
            else if (current.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in current.EnumerateArray().Reverse()) pending.Push(item);
            }
        }
        return null;
    }

    /// <summary>The canonical link when it is absolute, else <c>og:url</c>, else whatever the canonical link says.</summary>
    private static string? Address(IDocument document, Dictionary<string, string> meta)
    {
        var canonical = Text(document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href"));
        if (canonical is not null && IsWebAddress(canonical)) return canonical;
        return Text(meta.GetValueOrDefault("og:url")) ?? canonical;
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string? Text(string? value)
    {
        if (value is null) return null;
        var text = HtmlMainText.Collapse(value);
        return text.Length == 0 ? null : text;
    }
}
