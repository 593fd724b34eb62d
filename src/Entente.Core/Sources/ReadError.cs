namespace Entente.Sources;

/// <summary>
/// An input that could not be read as an article. <see cref="Line"/> is 1-based; 0 means the whole file (it does
/// not exist, is binary, is empty...).
/// </summary>
public sealed record ReadError(string File, int Line, string Message)
{
    /// <summary><c>file:line: message</c>, or <c>file: message</c> for a whole-file error.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
