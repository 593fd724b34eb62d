namespace Entente.Text;

/// <summary>
/// A dateline opening an article, such as <c>VIENTIANE, July 17 —</c>: the place as written and the month and day
/// when given (the year comes from the publication date).
/// </summary>
public sealed record Dateline(TextSpan Span, string Place, int? Month, int? Day);
