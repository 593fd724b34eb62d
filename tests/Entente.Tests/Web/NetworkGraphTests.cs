using Entente.Store.Queries;
using Entente.Web.Pages;

namespace Entente.Tests.Web;

/// <summary>The network drawing: the Goldstein colour scale, the force layout and the SVG's data.</summary>
public sealed class NetworkGraphTests
{
    [Fact]
    public void Colour_runs_from_red_through_grey_to_blue_and_saturates()
    {
        Assert.Equal("#9a9a9a", NetworkGraph.Colour(0));
        Assert.Equal("#3b7dd8", NetworkGraph.Colour(6));
        Assert.Equal("#3b7dd8", NetworkGraph.Colour(10));
        Assert.Equal("#d8553b", NetworkGraph.Colour(-7.5));
        var halfway = NetworkGraph.Colour(3);
        Assert.NotEqual(NetworkGraph.Colour(0), halfway);
        Assert.NotEqual(NetworkGraph.Colour(6), halfway);
    }

    [Fact]
    public void Layout_is_deterministic_fills_the_unit_square_and_pulls_heavy_pairs_together()
    {
        // A heavy pair 0–1, light edges 1–2 and 2–3, and node 4 on its own.
        (int, int, double)[] edges = [(0, 1, 50), (1, 2, 1), (2, 3, 1)];

        var first = ForceLayout.Place(5, edges);
        var again = ForceLayout.Place(5, edges);

        Assert.Equal(first, again);
        Assert.All(first, p => Assert.InRange(p.X, 0, 1));
        Assert.All(first, p => Assert.InRange(p.Y, 0, 1));
        Assert.True(Math.Abs(first.Max(p => p.X) - first.Min(p => p.X) - 1) < 1e-9 || Math.Abs(first.Max(p => p.Y) - first.Min(p => p.Y) - 1) < 1e-9);
        double Distance(int a, int b) => Math.Sqrt(Math.Pow(first[a].X - first[b].X, 2) + Math.Pow(first[a].Y - first[b].Y, 2));
        Assert.True(Distance(0, 1) < Distance(0, 3));
        Assert.True(Distance(0, 1) < Distance(1, 4));
        Assert.All(Enumerable.Range(0, 5).SelectMany(a => Enumerable.Range(a + 1, 4 - a).Select(b => Distance(a, b))), d => Assert.True(d > 0.01));
    }

    [Fact]
    public void Layout_of_one_node_or_none()
    {
        Assert.Empty(ForceLayout.Place(0, []));
        Assert.Equal([(0.5, 0.5)], ForceLayout.Place(1, []));
    }

    [Fact]
    public void Svg_has_a_node_per_state_and_an_edge_per_pair_with_their_data_and_links()
    {
        var report = new NetworkReport("2025-01-01", "2025-12-31", 13, 2,
            [new NetworkNode("CHL", "Chile", 13, 1.2, 2), new NetworkNode("PER", "Peru", 10, 1, 1), new NetworkNode("BOL", "Bolivia", 3, 2, 1)],
            [new NetworkEdge("CHL", "PER", 10, 6, 4, 8, 2, 1), new NetworkEdge("BOL", "CHL", 3, 1, 2, 3, 0, 2)]);

        var svg = NetworkGraph.Svg(report);

        Assert.Equal(3, Count(svg, "<g class=\"node\""));
        Assert.Equal(2, Count(svg, "<g class=\"edge\""));
        Assert.Contains("data-a=\"CHL\" data-b=\"PER\" data-events=\"10\" data-goldstein=\"1\"", svg);
        Assert.Contains("<a href=\"/dyad/CHL/PER?from=2025-01-01&amp;to=2025-12-31\">", svg);
        Assert.Contains("<a href=\"/actor/BOL\">", svg);
        // The busier pair is drawn wider, and later (on top).
        Assert.True(svg.IndexOf("data-a=\"BOL\"", StringComparison.Ordinal) < svg.IndexOf("data-a=\"CHL\"", StringComparison.Ordinal));
        Assert.Contains("stroke-width=\"9\"", svg);
    }

    [Fact]
    public void Svg_of_an_empty_period_says_so()
    {
        Assert.Contains("no events between states", NetworkGraph.Svg(new NetworkReport(null, null, 0, 0, [], [])));
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
