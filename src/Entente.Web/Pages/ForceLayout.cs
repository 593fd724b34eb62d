namespace Entente.Web.Pages;

/// <summary>
/// Places the nodes of a weighted graph for drawing (Fruchterman–Reingold): every pair of nodes repels, every
/// edge pulls its ends together with a strength that grows with its weight, and a weak pull to the centre keeps
/// unconnected parts on the canvas. Deterministic: it starts from a circle in node order and cools on a fixed
/// schedule, so the same data always gives the same picture. Positions are in the unit square.
/// </summary>
internal static class ForceLayout
{
    private const int Iterations = 300;
    private const double Gravity = 0.08;

    public static (double X, double Y)[] Place(int nodes, IReadOnlyList<(int A, int B, double Weight)> edges)
    {
        var positions = new (double X, double Y)[nodes];
        if (nodes == 0) return positions;
        if (nodes == 1) return [(0.5, 0.5)];
        for (var i = 0; i < nodes; i++)
        {
            var angle = 2 * Math.PI * i / nodes;
            positions[i] = (0.5 + 0.4 * Math.Cos(angle), 0.5 + 0.4 * Math.Sin(angle));
        }
        var k = Math.Sqrt(1.0 / nodes);
        var maxWeight = edges.Count == 0 ? 1 : Math.Max(1e-9, edges.Max(e => e.Weight));
        var shift = new (double X, double Y)[nodes];
        for (var step = 0; step < Iterations; step++)
        {
            Array.Clear(shift);
            for (var i = 0; i < nodes; i++)
                for (var j = i + 1; j < nodes; j++)
                {
                    var (dx, dy, d) = Between(positions[i], positions[j]);
                    var push = k * k / d;
                    shift[i] = (shift[i].X + dx / d * push, shift[i].Y + dy / d * push);
                    shift[j] = (shift[j].X - dx / d * push, shift[j].Y - dy / d * push);
                }
            foreach (var (a, b, weight) in edges)
            {
                if (a == b) continue;
                var (dx, dy, d) = Between(positions[a], positions[b]);
                var pull = d * d / k * (0.3 + 0.7 * Math.Sqrt(weight / maxWeight));
                shift[a] = (shift[a].X - dx / d * pull, shift[a].Y - dy / d * pull);
                shift[b] = (shift[b].X + dx / d * pull, shift[b].Y + dy / d * pull);
            }
            var temperature = 0.1 * (1 - (double)step / Iterations) + 0.002;
            for (var i = 0; i < nodes; i++)
            {
                var (x, y) = positions[i];
                var (sx, sy) = (shift[i].X + Gravity * (0.5 - x) / k, shift[i].Y + Gravity * (0.5 - y) / k);
                var length = Math.Max(1e-9, Math.Sqrt(sx * sx + sy * sy));
                var move = Math.Min(length, temperature);
                positions[i] = (x + sx / length * move, y + sy / length * move);
            }
        }
        return Normalize(positions);
    }

    /// <summary>The offset from <paramref name="q"/> to <paramref name="p"/> and its length (never zero).</summary>
    private static (double Dx, double Dy, double D) Between((double X, double Y) p, (double X, double Y) q)
    {
        var (dx, dy) = (p.X - q.X, p.Y - q.Y);
        var d = Math.Sqrt(dx * dx + dy * dy);
        if (d < 1e-6) (dx, dy, d) = (1e-3, 1e-3, Math.Sqrt(2e-6));
        return (dx, dy, d);
    }

    /// <summary>Stretches the picture to fill the unit square, keeping its proportions.</summary>
    private static (double X, double Y)[] Normalize((double X, double Y)[] positions)
    {
        var (minX, maxX) = (positions.Min(p => p.X), positions.Max(p => p.X));
        var (minY, maxY) = (positions.Min(p => p.Y), positions.Max(p => p.Y));
        var span = Math.Max(Math.Max(maxX - minX, maxY - minY), 1e-9);
        var (padX, padY) = ((1 - (maxX - minX) / span) / 2, (1 - (maxY - minY) / span) / 2);
        return positions.Select(p => ((p.X - minX) / span + padX, (p.Y - minY) / span + padY)).ToArray();
    }
}
