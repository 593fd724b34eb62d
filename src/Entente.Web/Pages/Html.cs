using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Entente.Web.Pages;

/// <summary>
/// The building blocks of the analyst pages: every text goes through <see cref="HtmlEncoder"/>, numbers are
/// written with the invariant culture, and each page is one document around the shared layout.
/// </summary>
internal static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>Encoded text (null as empty).</summary>
    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>An encoded path segment for a link.</summary>
    public static string U(string text) => Uri.EscapeDataString(text);

    public static string N(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    public static string N(double? value, string format = "0.##") => value is { } v ? N(v, format) : "–";

    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count for reading, with thousands separators (1,961); attributes and links keep <see cref="N(long)"/>.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A whole page: the layout with its title, navigation and body (already HTML).</summary>
    public static IResult Page(string title, string body, int status = StatusCodes.Status200OK)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(E(title)).Append(" · Entente</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Assets.CssPath).Append("\"></head><body>")
            .Append("<header><a class=\"brand\" href=\"/\">Entente</a><nav><a href=\"/\">Search</a><a href=\"/network\">Network</a><a href=\"/ingest\">Code an article</a>")
            .Append("<a href=\"/openapi/v1.json\">API</a></nav></header><main>")
            .Append("<h1>").Append(E(title)).Append("</h1>")
            .Append(body)
            .Append("</main></body></html>");
        return Results.Content(page.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A table: encoded header cells, and rows whose cells are already HTML.</summary>
    public static string Table(string? cssClass, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, string empty = "none")
    {
        var list = rows.ToList();
        if (list.Count == 0) return $"<p class=\"empty\">{E(empty)}</p>";
        var html = new StringBuilder();
        html.Append("<table").Append(cssClass is null ? "" : $" class=\"{E(cssClass)}\"").Append("><thead><tr>");
        foreach (var h in headers) html.Append("<th>").Append(E(h)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in list)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(cell).Append("</td>");
            html.Append("</tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A link to the page of a state or organization code (actor page for states, org page otherwise).</summary>
    public static string ActorLink(string code, string? label = null, bool org = false) =>
        $"<a href=\"/{(org ? "org" : "actor")}/{U(code)}\">{E(label ?? code)}</a>";

    /// <summary>A problem shown as a page.</summary>
    public static IResult Error(string title, string detail, int status) =>
        Page(title, $"<p class=\"error\">{E(detail)}</p>", status);
}
