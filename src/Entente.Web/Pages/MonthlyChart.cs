using System.Globalization;
using System.Text;
using Entente.Store.Queries;

namespace Entente.Web.Pages;

/// <summary>
/// The dyad's months as inline SVG, on a continuous axis from the first month to the last: one stacked bar per
/// month with events (<c>g.bar</c>: cooperation below, conflict on top, each split into its two quad classes),
/// heights proportional to the counts (the busiest month fills the plot), and the mean Goldstein score as a line
/// on its own scale (−10 at the bottom, +10 at the top). Bars carry <c>data-month</c>, <c>data-cooperation</c>, <c>data-conflict</c> and <c>data-quads</c>
/// (the four counts); segments are <c>rect.coop.q1</c>, <c>rect.coop.q2</c>, <c>rect.conflict.q3</c> and
/// <c>rect.conflict.q4</c>.
/// </summary>
internal static class MonthlyChart
{
    public const double PlotHeight = 160;
    private static readonly int[] StackOrder = [2, 1, 3, 4];
    private const double Top = 12, Left = 36, Bottom = 56, GroupWidth = 40, BarWidth = 24, Right = 36;

    public static string Svg(IReadOnlyList<MonthPoint> months)
    {
        if (months.Count == 0) return "<p class=\"empty\">no events in this period</p>";
        var slots = Continuous(months);
        var max = Math.Max(1, months.Max(m => m.Cooperation + m.Conflict));
        var width = Left + slots.Count * GroupWidth + Right;
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
        // The Goldstein line breaks over months without events: one polyline per run of months that have them.
        var runs = new List<List<(double X, double Y)>> { new() };
        for (var i = 0; i < slots.Count; i++)
        {
            var (month, m) = slots[i];
            var x = Left + i * GroupWidth + (GroupWidth - BarWidth) / 2;
            // Slanted, so the labels of neighbouring months (wider than a bar's slot) do not run into each other.
            var (lx, ly) = (x + BarWidth / 2 + 4, baseY + 12);
            svg.Append($"<text x=\"{Html.N(lx)}\" y=\"{Html.N(ly)}\" text-anchor=\"end\" transform=\"rotate(-40 {Html.N(lx)} {Html.N(ly)})\">{Html.E(month)}</text>");
            if (m is null)
            {
                if (runs[^1].Count > 0) runs.Add([]);
                continue;
            }
            var quads = m.QuadCounts();
            svg.Append($"<g class=\"bar\" data-month=\"{Html.E(m.Month)}\" data-cooperation=\"{Html.N(m.Cooperation)}\" data-conflict=\"{Html.N(m.Conflict)}\"")
                .Append($" data-quads=\"{string.Join(' ', quads.Select(q => Html.N(q)))}\">")
                .Append($"<title>{Html.E(m.Month)}: {Html.N(quads[0])} verbal and {Html.N(quads[1])} material cooperation, ")
                .Append($"{Html.N(quads[2])} verbal and {Html.N(quads[3])} material conflict, mean Goldstein {Html.N(m.GoldsteinMean)}</title>");
            // Stacked from the base: material cooperation, verbal cooperation, verbal conflict, material conflict.
            var top = baseY;
            foreach (var q in StackOrder)
            {
                var h = BarHeight(quads[q - 1], max);
                top -= h;
                Rect(svg, $"{(q <= 2 ? "coop" : "conflict")} q{q}", x, top, h);
            }
            svg.Append("</g>");
            runs[^1].Add((x + BarWidth / 2, Top + (10 - Math.Clamp(m.GoldsteinMean, -10, 10)) / 20 * PlotHeight));
        }
        var zero = Top + PlotHeight / 2;
        svg.Append($"<line x1=\"{Html.N(Left)}\" y1=\"{Html.N(zero)}\" x2=\"{Html.N(width - Right)}\" y2=\"{Html.N(zero)}\" stroke=\"#bbb\" stroke-dasharray=\"3 3\"/>");
        foreach (var run in runs.Where(r => r.Count > 0))
        {
            svg.Append($"<polyline class=\"goldstein\" points=\"{string.Join(' ', run.Select(p => $"{Html.N(p.X)},{Html.N(p.Y)}"))}\"/>");
            foreach (var (x, y) in run) svg.Append($"<circle cx=\"{Html.N(x)}\" cy=\"{Html.N(y)}\" r=\"2.5\"/>");
        }
        return svg.Append("</svg>")
            .Append("<p class=\"legend\"><span><i class=\"q2\"></i>material cooperation</span><span><i class=\"q1\"></i>verbal cooperation</span>")
            .Append("<span><i class=\"q3\"></i>verbal conflict</span><span><i class=\"q4\"></i>material conflict</span><span>— mean Goldstein (right scale)</span></p>")
            .ToString();
    }

    /// <summary>
    /// Every month from the first to the last, those without events as null, so the axis keeps time (a quiet
    /// half-year shows as a gap, not as two neighbouring bars). Labels that are not <c>YYYY-MM</c> stay as given.
    /// </summary>
    internal static IReadOnlyList<(string Month, MonthPoint? Point)> Continuous(IReadOnlyList<MonthPoint> months)
    {
        var parsed = months.Select(m => DateOnly.TryParseExact(m.Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null).ToList();
        if (parsed.Any(d => d is null)) return months.Select(m => (m.Month, (MonthPoint?)m)).ToList();
        var byMonth = months.Zip(parsed).ToDictionary(x => x.Second!.Value, x => x.First);
        var (first, last) = (parsed.Min()!.Value, parsed.Max()!.Value);
        var slots = new List<(string, MonthPoint?)>();
        for (var d = first; d <= last; d = d.AddMonths(1))
            slots.Add((d.ToString("yyyy-MM", CultureInfo.InvariantCulture), byMonth.GetValueOrDefault(d)));
        return slots;
    }

    /// <summary>The height of <paramref name="count"/> events when the busiest month has <paramref name="max"/>.</summary>
    public static double BarHeight(int count, int max) => max <= 0 ? 0 : PlotHeight * count / max;

    private static void Rect(StringBuilder svg, string css, double x, double y, double h) =>
        svg.Append($"<rect class=\"{css}\" x=\"{Html.N(x)}\" y=\"{Html.N(y)}\" width=\"{Html.N(BarWidth)}\" height=\"{Html.N(h)}\"/>");
}
