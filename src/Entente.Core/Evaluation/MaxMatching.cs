namespace Entente.Evaluation;

/// <summary>Maximum one-to-one matching in a bipartite graph by augmenting paths (Kuhn); fine for article-sized sets.</summary>
internal static class MaxMatching
{
    /// <summary>
    /// For each left item, the right item it is matched to, or -1. <paramref name="edge"/>(l, r) says whether they may pair.
    /// </summary>
    public static int[] Solve(int leftCount, int rightCount, Func<int, int, bool> edge)
    {
        var adjacency = new List<int>[leftCount];
        for (var l = 0; l < leftCount; l++)
        {
            adjacency[l] = [];
            for (var r = 0; r < rightCount; r++)
            {
                if (edge(l, r)) adjacency[l].Add(r);
            }
        }
        var ownerOfRight = Enumerable.Repeat(-1, rightCount).ToArray();
        for (var l = 0; l < leftCount; l++) Augment(l, adjacency, ownerOfRight, new bool[rightCount]);

        var matchOfLeft = Enumerable.Repeat(-1, leftCount).ToArray();
        for (var r = 0; r < rightCount; r++)
        {
            if (ownerOfRight[r] >= 0) matchOfLeft[ownerOfRight[r]] = r;
        }
        return matchOfLeft;
    }

    private static bool Augment(int left, List<int>[] adjacency, int[] ownerOfRight, bool[] seen)
    {
        foreach (var right in adjacency[left])
        {
            if (seen[right]) continue;
            seen[right] = true;
            if (ownerOfRight[right] < 0 || Augment(ownerOfRight[right], adjacency, ownerOfRight, seen))
            {
                ownerOfRight[right] = left;
                return true;
            }
        }
        return false;
    }
}
