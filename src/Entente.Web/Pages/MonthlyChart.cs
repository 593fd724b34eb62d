using System.Text;
using Entente.Store.Queries;

namespace Entente.Web.Pages;

/// <summary>
/// The dyad's months as inline SVG: one stacked bar per month (<c>g.bar</c>: cooperation below, conflict on top),
/// heights proportional to the counts (the busiest month fills the plot), and the mean Goldstein score as a line on
/// its own scale (−10 at the bottom, +10 at the top). Bars carry <c>data-month</c>, <c>data-cooperation</c> and
/// <c>data-conflict</c>; segments are <c>rect.coop</c> and <c>rect.conflict</c>.
/// </summary>
internal static class MonthlyChart
{
    public const double PlotHeight = 160;
    private const double Top = 12, Left = 36, Bottom = 38, GroupWidth = 40, BarWidth = 24, Right = 36;

    public static string Svg(IReadOnlyList<MonthPoint> months)
    {
        if (months.Count == 0) return "<p class=\"empty\">no events in this period</p>";
        var max = Math.Max(1, months.Max(m => m.Cooperation + m.Conflict));
        var width = Left + months.Count * GroupWidth + Right;
        var height = Top + PlotHeight + Bottom;
        var baseY = Top + PlotHeight;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Html.N(width)}\" height=\"{Html.N(height)}\" viewBox=\"0 0 {Html.N(width)} {Html.N(height)}\">")
            .Append("<title>Cooperation and conflict events per month, and mean Goldstein score</title>")
            .Append($"<line x1=\"{Html.N(Left)}\" y1=\"{Html.N(baseY)}\" x2=\"{Html.N(width - Right)}\" y2=\"{Html.N(baseY)}\" stroke=\"#888\"/>")
            .Append($"<text x=\"{Html.N(Left - 4)}\" y=\"{Html.N(Top + 4)}\" text-anchor=\"end\">{Html.N(max)}</text>")
            .Append($"<text x=\"{Html.N(Left - 4)}\" y=\"{Html.N(baseY)}\" text-anchor=\"end\">0</text>")
            .Append($"<text x=\"{Html.N(width - Right + 4)}\" y=\"{Html.N(Top + 4)}\">+10</text>")
            .Append($"<text x=\"{Html.N(width - Right + 4)}\" y=\"{Html.N(baseY)}\">−10</text>");
        var line = new List<string>();
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var x = Left + i * GroupWidth + (GroupWidth - BarWidth) / 2;
            var coop = BarHeight(m.Cooperation, max);
            var conflict = BarHeight(m.Conflict, max);
            svg.Append($"<g class=\"bar\" data-month=\"{Html.E(m.Month)}\" data-cooperation=\"{Html.N(m.Cooperation)}\" data-conflict=\"{Html.N(m.Conflict)}\">")
                .Append($"<title>{Html.E(m.Month)}: {Html.N(m.Cooperation)} cooperation, {Html.N(m.Conflict)} conflict, mean Goldstein {Html.N(m.GoldsteinMean)}</title>");
            Rect(svg, "coop", x, baseY - coop, coop);
            Rect(svg, "conflict", x, baseY - coop - conflict, conflict);
            svg.Append("</g>");
            svg.Append($"<text x=\"{Html.N(x + BarWidth / 2)}\" y=\"{Html.N(baseY + 14)}\" text-anchor=\"middle\">{Html.E(m.Month)}</text>");
            var gy = Top + (10 - Math.Clamp(m.GoldsteinMean, -10, 10)) / 20 * PlotHeight;
            line.Add($"{Html.N(x + BarWidth / 2)},{Html.N(gy)}");
        }
        var zero = Top + PlotHeight / 2;
        svg.Append($"<line x1=\"{Html.N(Left)}\" y1=\"{Html.N(zero)}\" x2=\"{Html.N(width - Right)}\" y2=\"{Html.N(zero)}\" stroke=\"#bbb\" stroke-dasharray=\"3 3\"/>")
            .Append($"<polyline class=\"goldstein\" points=\"{string.Join(' ', line)}\"/>");
        foreach (var point in line)
        {
            var xy = point.Split(',');
            svg.Append($"<circle cx=\"{xy[0]}\" cy=\"{xy[1]}\" r=\"2.5\"/>");
        }
        return svg.Append("</svg>")
            .Append("<p class=\"legend\"><span><i style=\"background:#3b7dd8\"></i>cooperation (quad 1–2)</span><span><i style=\"background:#d8553b\"></i>conflict (quad 3–4)</span><span>— mean Goldstein (right scale)</span></p>")
            .ToString();
    }

    /// <summary>The height of <paramref name="count"/> events when the busiest month has <paramref name="max"/>.</summary>
    public static double BarHeight(int count, int max) => max <= 0 ? 0 : PlotHeight * count / max;

    private static void Rect(StringBuilder svg, string css, double x, double y, double h) =>
        svg.Append($"<rect class=\"{css}\" x=\"{Html.N(x)}\" y=\"{Html.N(y)}\" width=\"{Html.N(BarWidth)}\" height=\"{Html.N(h)}\"/>");
}
