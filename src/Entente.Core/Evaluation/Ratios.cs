namespace Entente.Evaluation;

/// <summary>Precision, recall and F1, undefined (null) when there is nothing to divide by.</summary>
public static class Ratios
{
    public static double? Of(int part, int whole) => whole == 0 ? null : (double)part / whole;

    public static double? F1(double? precision, double? recall) => (precision, recall) switch
    {
        ({ } p, { } r) when p + r > 0 => 2 * p * r / (p + r),
        ({ }, { }) => 0,
        _ => null,
    };
}
