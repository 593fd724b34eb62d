namespace Entente.Dictionaries;

/// <summary>A problem in a dictionary file, reported as <c>file:line: message</c>.</summary>
public sealed record DictionaryError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Thrown when dictionaries cannot be loaded; carries every error found, not just the first.</summary>
public sealed class DictionaryLoadException(IReadOnlyList<DictionaryError> errors)
    : Exception(errors.Count == 1 ? errors[0].ToString() : $"{errors.Count} dictionary errors, first: {errors[0]}")
{
    public IReadOnlyList<DictionaryError> Errors { get; } = errors;
}
