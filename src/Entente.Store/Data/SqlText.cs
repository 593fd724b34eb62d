namespace Entente.Store.Data;

/// <summary>A statement and the names of its parameters, in the order values are passed.</summary>
internal sealed record SqlText(string Text, params string[] Parameters);
