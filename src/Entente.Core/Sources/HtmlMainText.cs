using System.Text;
using AngleSharp.Dom;

namespace Entente.Sources;

/// <summary>
/// The article text of a web page: navigation, page chrome and scripts dropped, then the <c>&lt;article&gt;</c>
/// (or the element holding the most paragraph text, with the siblings that continue it) rendered as paragraphs
/// separated by blank lines. Headings and list items are paragraphs of their own; white space is collapsed;
/// paragraphs that are nothing but links ("Share", "Read more", related stories) are dropped.
/// </summary>
/// <remarks>Mutates the document (noise is removed): read the metadata first.</remarks>
internal static class HtmlMainText
{
    private const string Noise =
        "script, style, nav, header, footer, aside, form, noscript, template, svg, iframe, button, select, textarea, " +
        "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo]";

    /// <summary>An <c>&lt;article&gt;</c> holding less than this share of the page's paragraph text is a teaser.</summary>
    private const double ArticleShare = 1 / 3.0;

    /// <summary>A sibling of the best container joins it when it scores at least this share of the best.</summary>
    private const double SiblingShare = 0.2;

    /// <summary>A lone paragraph beside the best container joins it from this length on (Readability's rule).</summary>
    private const int SiblingParagraphChars = 80;

    public static string Extract(IDocument document)
    {
        if (document.Body is not { } body) return "";
        foreach (var element in body.QuerySelectorAll(Noise).ToList()) element.Remove();
        return Render(Containers(body));
    }

    /// <summary>The elements whose text is the article, in document order.</summary>
    private static IReadOnlyList<IElement> Containers(IElement body)
    {
        var article = body.QuerySelectorAll("article, [itemprop=articleBody]")
            .Select(e => (Element: e, Chars: ParagraphChars(e)))
            .Where(a => a.Chars > 0)
            .OrderByDescending(a => a.Chars)
            .FirstOrDefault();
        if (article.Element is not null && article.Chars >= ArticleShare * ParagraphChars(body)) return [article.Element];

        var scores = ParagraphScores(body);
        if (scores.Count == 0) return [body.QuerySelector("main, [role=main]") ?? body];
        var best = scores.MaxBy(s => s.Value).Key;
        if (best.ParentElement is not { } parent) return [best];
        var threshold = scores[best] * SiblingShare;
        return parent.Children.Where(c => c == best || Joins(c, scores, threshold)).ToList();
    }

    private static bool Joins(IElement sibling, Dictionary<IElement, double> scores, double threshold) =>
        (scores.TryGetValue(sibling, out var score) && score >= threshold)
        || (sibling.LocalName == "p" && Collapse(sibling.TextContent).Length >= SiblingParagraphChars);

    /// <summary>Text density: each paragraph credits its parent with its length and its grandparent with half.</summary>
    private static Dictionary<IElement, double> ParagraphScores(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var p in body.QuerySelectorAll("p"))
        {
            var chars = Collapse(p.TextContent).Length;
            if (chars == 0 || p.ParentElement is not { } parent) continue;
            scores[parent] = scores.GetValueOrDefault(parent) + chars;
            if (parent.ParentElement is { } grandparent) scores[grandparent] = scores.GetValueOrDefault(grandparent) + chars / 2.0;
        }
        return scores;
    }

    private static int ParagraphChars(IElement element)
    {
        var chars = element.QuerySelectorAll("p").Sum(p => Collapse(p.TextContent).Length);
        return chars > 0 ? chars : Collapse(element.TextContent).Length;
    }

    /// <summary>Walks the tree without recursion, so absurdly deep markup cannot overflow the stack.</summary>
    private static string Render(IReadOnlyList<IElement> containers)
    {
        var paragraphs = new List<string>();
        var current = new Paragraph();
        var links = 0;
        var stack = new Stack<(INode Node, bool Leaving)>();
        foreach (var container in containers.Reverse()) stack.Push((container, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                current.Append(text.Data, inLink: links > 0);
                continue;
            }
            if (node is not IElement element) continue;
            var block = IsBlock(element.LocalName);
            var link = element.LocalName == "a";
            if (block) current.FlushTo(paragraphs);
            if (leaving)
            {
                if (link) links--;
                continue;
            }
            if (link) links++;
            if (block || link) stack.Push((element, true));
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--) stack.Push((element.ChildNodes[i], false));
        }
        current.FlushTo(paragraphs);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>The text of the paragraph being rendered, and whether any of it stands outside a link.</summary>
    private sealed class Paragraph
    {
        private readonly StringBuilder _text = new();
        private bool _hasPlainText;

        public void Append(string text, bool inLink)
        {
            _text.Append(text);
            if (!inLink && !string.IsNullOrWhiteSpace(text)) _hasPlainText = true;
        }

        public void FlushTo(List<string> paragraphs)
        {
            if (_text.Length == 0) return;
            var paragraph = _hasPlainText ? Collapse(_text.ToString()) : "";
            _text.Clear();
            _hasPlainText = false;
            if (paragraph.Length > 0) paragraphs.Add(paragraph);
        }
    }

    /// <summary>Runs of white space (no-break spaces included) become one space; invisible characters go.</summary>
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD') continue;
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }
            if (space) result.Append(' ');
            space = false;
            result.Append(c);
        }
        return result.ToString();
    }

    private static bool IsBlock(string name) => name switch
    {
        "p" or "div" or "br" or "hr" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "blockquote" or "pre"
            or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "hgroup" or "section" or "article" or "main"
            or "figure" or "figcaption" or "table" or "caption" or "thead" or "tbody" or "tfoot" or "tr" or "td" or "th"
            or "address" or "details" or "summary" or "fieldset" or "center" or "body" => true,
        _ => false,
    };
}
