namespace Entente.Evaluation;

/// <summary>Precision, recall and F1, undefined (null) when there is nothing to divide by.</summary>
public static class Ratios
{
    public static double? Of(int part, int whole) => whole == 0 ? null : (double)part / whole;

    /// <summary>The harmonic mean; zero when either side is zero, even if the other is undefined.</summary>
    public static double? F1(double? precision, double? recall)
    {
        if (precision == 0 || recall == 0) return 0;
        if (precision is not { } p || recall is not { } r) return null;
        return 2 * p * r / (p + r);
    }
}
