using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Entente.Sources;

/// <summary>
/// Feed fields hold plain text or HTML, often without saying which. Text that looks like markup (a tag or an
/// entity) goes through the same main-text extraction as a web page; plain text keeps its paragraphs.
/// </summary>
internal static partial class MarkupText
{
    /// <summary>Article text: paragraphs separated by blank lines, white space collapsed.</summary>
    public static string ToPlain(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        if (HasMarkup(value))
        {
            using var document = new HtmlParser().ParseDocument(value);
            return HtmlMainText.Extract(document);
        }
        var paragraphs = BlankLine().Split(value).Select(HtmlMainText.Collapse).Where(p => p.Length > 0);
        return string.Join("\n\n", paragraphs);
    }

    /// <summary>One line of text (a title, an outlet): tags dropped, entities decoded, white space collapsed.</summary>
    public static string? Inline(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (HasMarkup(value))
        {
            using var document = new HtmlParser().ParseDocument(value);
            value = document.Body?.TextContent ?? "";
        }
        var text = HtmlMainText.Collapse(value);
        return text.Length == 0 ? null : text;
    }

    private static bool HasMarkup(string value) => Markup().IsMatch(value);

    [GeneratedRegex(@"<[A-Za-z!/]|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});", RegexOptions.CultureInvariant)]
    private static partial Regex Markup();

    [GeneratedRegex(@"\n[ \t\r\f\v]*\n", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLine();
}
