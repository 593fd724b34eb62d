namespace Entente.Output;

public enum OutputFormat
{
    /// <summary>One JSON record per line (the Records contract).</summary>
    Jsonl,
    /// <summary>One event per line, tab-separated, with a header.</summary>
    Tsv,
    /// <summary>Aligned columns for people to read.</summary>
    Table,
    /// <summary>PETRARCH2's batch event file layout (date, source, target, code, issues, sentence id, outlet).</summary>
    Phoenix,
}
