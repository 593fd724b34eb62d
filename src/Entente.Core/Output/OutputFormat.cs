namespace Entente.Output;

public enum OutputFormat
{
    /// <summary>One JSON record per line (the Records contract).</summary>
    Jsonl,
    /// <summary>One event per line, tab-separated, with a header.</summary>
    Tsv,
    /// <summary>Aligned columns for people to read.</summary>
    Table,
}
