namespace Entente.Tests.Evaluation;

/// <summary>The dev-set figures last reached (entente eval ../shared/eval/dev); raise them as accuracy improves.</summary>
internal static class DevSetFloor
{
    public const int MatchedRequiredEvents = 28;
    public const double EventPrecision = 0.976;
    public const int MatchedFacts = 22;
}
