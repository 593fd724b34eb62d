using System.Globalization;
using System.Xml.Linq;
using Entente.Store.Queries;
using Entente.Web.Pages;

namespace Entente.Tests.Web;

/// <summary>The dyad page's SVG chart: one stacked bar per month, heights proportional to the counts.</summary>
public sealed class MonthlyChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(IReadOnlyList<MonthPoint> months)
    {
        var html = MonthlyChart.Svg(months);
        return XElement.Parse(html[..(html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length)]);
    }

    /// <summary>The height of a bar's segments that carry class <paramref name="css"/> (coop, conflict, q1...q4).</summary>
    private static double Height(XElement bar, string css) => bar.Elements(Svg + "rect")
        .Where(r => ((string?)r.Attribute("class") ?? "").Split(' ').Contains(css))
        .Sum(r => double.Parse(r.Attribute("height")!.Value, CultureInfo.InvariantCulture));

    [Fact]
    public void One_bar_per_month_with_heights_proportional_to_counts()
    {
        MonthPoint[] months = [new("2025-01", 2, 0, 3.4), new("2025-02", 4, 4, -1.5), new("2025-03", 0, 1, -5), new("2025-04", 1, 1, 0)];

        var svg = Parse(months);

        var bars = svg.Elements(Svg + "g").Where(g => (string?)g.Attribute("class") == "bar").ToList();
        Assert.Equal(["2025-01", "2025-02", "2025-03", "2025-04"], bars.Select(b => b.Attribute("data-month")!.Value));
        // The busiest month (8 events) fills the plot; every segment is count / 8 of it.
        for (var i = 0; i < months.Length; i++)
        {
            Assert.Equal(MonthlyChart.PlotHeight * months[i].Cooperation / 8, Height(bars[i], "coop"), 6);
            Assert.Equal(MonthlyChart.PlotHeight * months[i].Conflict / 8, Height(bars[i], "conflict"), 6);
        }
        Assert.Equal(2 * Height(bars[0], "coop"), Height(bars[1], "coop"), 6);
        Assert.Equal(MonthlyChart.PlotHeight, Height(bars[1], "coop") + Height(bars[1], "conflict"), 6);
        var line = svg.Elements(Svg + "polyline").Single(p => (string?)p.Attribute("class") == "goldstein");
        Assert.Equal(4, line.Attribute("points")!.Value.Split(' ').Length);
    }

    [Fact]
    public void A_single_month_fills_the_plot_and_no_months_say_so()
    {
        var svg = Parse([new("2025-07", 3, 0, 2)]);

        var bar = Assert.Single(svg.Elements(Svg + "g"), g => (string?)g.Attribute("class") == "bar");
        Assert.Equal(MonthlyChart.PlotHeight, Height(bar, "coop"), 6);
        Assert.Equal(0, Height(bar, "conflict"), 6);
        Assert.DoesNotContain("<svg", MonthlyChart.Svg([]));
    }

    [Fact]
    public void Month_labels_are_encoded()
    {
        Assert.Contains("&lt;b&gt;", MonthlyChart.Svg([new("<b>", 1, 0, 0)]));
        Assert.DoesNotContain("<b>", MonthlyChart.Svg([new("<b>", 1, 0, 0)]));
    }

    [Fact]
    public void Months_without_events_keep_their_place_on_the_axis_and_break_the_line()
    {
        var svg = Parse([new("2024-11", 1, 0, 2), new("2025-02", 0, 2, -4), new("2025-03", 1, 1, 0)]);

        var labels = svg.Elements(Svg + "text").Select(t => t.Value).Where(t => t.StartsWith("20", StringComparison.Ordinal)).ToList();
        var bars = svg.Elements(Svg + "g").Where(g => (string?)g.Attribute("class") == "bar").Select(b => b.Attribute("data-month")!.Value).ToList();
        var lines = svg.Elements(Svg + "polyline").Select(p => p.Attribute("points")!.Value.Split(' ').Length).ToList();

        Assert.Equal(["2024-11", "2024-12", "2025-01", "2025-02", "2025-03"], labels);
        Assert.Equal(["2024-11", "2025-02", "2025-03"], bars);
        Assert.Equal([1, 2], lines);
    }

    [Fact]
    public void Each_bar_stacks_its_four_quad_classes_material_cooperation_at_the_base()
    {
        var svg = Parse([new("2025-05", 3, 2, 1.5, [1, 2, 2, 0]), new("2025-06", 1, 0, 3, [1, 0, 0, 0])]);

        var bar = svg.Elements(Svg + "g").First(g => (string?)g.Attribute("class") == "bar");
        var rects = bar.Elements(Svg + "rect").ToList();

        Assert.Equal("1 2 2 0", bar.Attribute("data-quads")!.Value);
        Assert.Equal(["coop q2", "coop q1", "conflict q3", "conflict q4"], rects.Select(r => r.Attribute("class")!.Value));
        Assert.Equal(MonthlyChart.PlotHeight * 2 / 5, Height(bar, "q2"), 6);
        Assert.Equal(MonthlyChart.PlotHeight * 3 / 5, Height(bar, "coop"), 6);
        // Each segment sits on the one below it.
        for (var i = 1; i < rects.Count; i++)
        {
            double Y(XElement r) => double.Parse(r.Attribute("y")!.Value, CultureInfo.InvariantCulture);
            Assert.Equal(Y(rects[i - 1]), Y(rects[i]) + double.Parse(rects[i].Attribute("height")!.Value, CultureInfo.InvariantCulture), 6);
        }
    }
}
