using Entente.Sources;

namespace Entente.Evaluation;

/// <summary>Gold articles loaded from files, with the problems met on the way.</summary>
public sealed record GoldSet(IReadOnlyList<GoldArticle> Articles, IReadOnlyList<ReadError> Errors);
