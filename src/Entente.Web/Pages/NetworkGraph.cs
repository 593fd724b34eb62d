using System.Globalization;
using System.Text;
using Entente.Store.Queries;

namespace Entente.Web.Pages;

/// <summary>
/// The network as inline SVG: states as circles (<c>g.node</c>, area by event volume, linking to the actor
/// page), pairs as lines (<c>g.edge</c>, width by event volume, colour by mean Goldstein score from red through
/// grey to blue, linking to the dyad page for the same period); the focus state, if any, is <c>g.node.focus</c>.
/// Nodes carry <c>data-code</c> and <c>data-events</c>; edges <c>data-a</c>, <c>data-b</c>, <c>data-events</c> and
/// <c>data-goldstein</c>.
/// </summary>
internal static class NetworkGraph
{
    public const double Width = 900, Height = 620;
    private const double Margin = 48, MinRadius = 5, MaxRadius = 22, MinStroke = 1.2, MaxStroke = 9;

    public static string Svg(NetworkReport report)
    {
        if (report.Edges.Count == 0) return "<p class=\"empty\">no events between states in this period</p>";
        var index = report.Nodes.Select((n, i) => (n.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var places = ForceLayout.Place(report.Nodes.Count, report.Edges.Select(e => (index[e.A], index[e.B], (double)e.Events)).ToList());
        (double X, double Y) At(string code)
        {
            var (x, y) = places[index[code]];
            return (Margin + x * (Width - 2 * Margin), Margin + y * (Height - 2 * Margin));
        }
        var maxEdge = report.Edges.Max(e => e.Events);
        var maxNode = report.Nodes.Max(n => n.Events);

        var svg = new StringBuilder();
        svg.Append($"<svg class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Html.N(Width)}\" height=\"{Html.N(Height)}\" viewBox=\"0 0 {Html.N(Width)} {Html.N(Height)}\">")
            .Append("<title>Relations among states: line width by events, colour by mean Goldstein score</title>");
        // Light edges first, so the busiest pairs are drawn on top.
        foreach (var edge in report.Edges.OrderBy(e => e.Events))
        {
            var (x1, y1) = At(edge.A);
            var (x2, y2) = At(edge.B);
            var width = MinStroke + (MaxStroke - MinStroke) * Math.Sqrt((double)edge.Events / maxEdge);
            svg.Append($"<a href=\"{DyadHref(edge, report)}\">")
                .Append($"<g class=\"edge\" data-a=\"{Html.E(edge.A)}\" data-b=\"{Html.E(edge.B)}\" data-events=\"{Html.N(edge.Events)}\" data-goldstein=\"{Html.N(edge.GoldsteinMean)}\">")
                .Append($"<title>{Html.E(edge.A)}–{Html.E(edge.B)}: {Html.N(edge.Events)} events ({Html.N(edge.Cooperation)} cooperation, {Html.N(edge.Conflict)} conflict), mean Goldstein {Html.N(edge.GoldsteinMean)}</title>")
                .Append($"<line x1=\"{Html.N(x1, "0.#")}\" y1=\"{Html.N(y1, "0.#")}\" x2=\"{Html.N(x2, "0.#")}\" y2=\"{Html.N(y2, "0.#")}\" stroke=\"{Colour(edge.GoldsteinMean)}\" stroke-width=\"{Html.N(width, "0.#")}\" stroke-linecap=\"round\"/>")
                .Append("</g></a>");
        }
        foreach (var node in report.Nodes)
        {
            var (x, y) = At(node.Code);
            var r = MinRadius + (MaxRadius - MinRadius) * Math.Sqrt((double)node.Events / maxNode);
            svg.Append($"<a href=\"/actor/{Html.U(node.Code)}\">")
                .Append($"<g class=\"node{(node.Code == report.Focus ? " focus" : "")}\" data-code=\"{Html.E(node.Code)}\" data-events=\"{Html.N(node.Events)}\">")
                .Append($"<title>{Html.E(node.Name ?? node.Code)} ({Html.E(node.Code)}): {Html.N(node.Events)} events with {Html.N(node.Partners)} partners, mean Goldstein {Html.N(node.GoldsteinMean)}</title>")
                .Append($"<circle cx=\"{Html.N(x, "0.#")}\" cy=\"{Html.N(y, "0.#")}\" r=\"{Html.N(r, "0.#")}\"/>")
                .Append($"<text x=\"{Html.N(x, "0.#")}\" y=\"{Html.N(y - r - 4, "0.#")}\" text-anchor=\"middle\">{Html.E(node.Code)}</text>")
                .Append("</g></a>");
        }
        return svg.Append("</svg>")
            .Append($"<p class=\"legend\"><span><i style=\"background:{Colour(-6)}\"></i>conflictual (mean Goldstein ≤ −6)</span>")
            .Append($"<span><i style=\"background:{Colour(0)}\"></i>neutral</span><span><i style=\"background:{Colour(6)}\"></i>cooperative (≥ +6)</span>")
            .Append("<span>line width and circle area grow with the number of events</span></p>")
            .ToString();
    }

    /// <summary>
    /// The colour of a mean Goldstein score: grey at 0, blending to the chart's conflict red at −6 and below and
    /// to its cooperation blue at +6 and above (means of real pairs rarely go further).
    /// </summary>
    public static string Colour(double goldstein)
    {
        var t = Math.Clamp(goldstein / 6, -1, 1);
        (int R, int G, int B) grey = (0x9a, 0x9a, 0x9a), blue = (0x3b, 0x7d, 0xd8), red = (0xd8, 0x55, 0x3b);
        var end = t >= 0 ? blue : red;
        var w = Math.Abs(t);
        int Mix(int from, int to) => (int)Math.Round(from + (to - from) * w);
        return string.Create(CultureInfo.InvariantCulture, $"#{Mix(grey.R, end.R):x2}{Mix(grey.G, end.G):x2}{Mix(grey.B, end.B):x2}");
    }

    /// <summary>The dyad page of a pair for the report's period.</summary>
    public static string DyadHref(NetworkEdge edge, NetworkReport report) => $"/dyad/{Html.U(edge.A)}/{Html.U(edge.B)}{PeriodQuery(report)}";

    /// <summary>The table cells of a pair: its link to the dyad page, and its mean Goldstein score with its colour.</summary>
    public static (string Pair, string Goldstein) Cells(NetworkEdge edge, NetworkReport report) =>
        ($"<a href=\"{DyadHref(edge, report)}\">{Html.E(edge.A)} – {Html.E(edge.B)}</a>",
         $"<span class=\"swatch\" style=\"background:{Colour(edge.GoldsteinMean)}\"></span>{Html.N(edge.GoldsteinMean)}");

    /// <summary>The period as a query string for the dyad links (empty when open).</summary>
    private static string PeriodQuery(NetworkReport report)
    {
        var parts = new List<string>();
        if (report.From is { } from) parts.Add("from=" + Html.U(from));
        if (report.To is { } to) parts.Add("to=" + Html.U(to));
        return parts.Count == 0 ? "" : "?" + string.Join("&amp;", parts);
    }
}
