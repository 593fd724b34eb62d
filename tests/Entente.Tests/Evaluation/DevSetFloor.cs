namespace Entente.Tests.Evaluation;

/// <summary>The dev-set figures last reached (entente eval ../shared/eval/dev); raise them as accuracy improves.</summary>
internal static class DevSetFloor
{
    public const int MatchedRequiredEvents = 38;
    public const double EventPrecision = 0.969;
    public const int MatchedFacts = 30;
}
