using Entente.Sources;

namespace Entente.Compatibility.Records;

/// <summary>Turns PETRARCH records into articles: id, date, outlet and text, ready for any engine.</summary>
public static class PetrarchArticles
{
    /// <summary>
    /// The article of a record. PETRARCH joins words with <c>_</c> in texts as in dictionaries (<c>Dol_Amroth</c>), so
    /// underscores read as spaces.
    /// </summary>
    public static Article ToArticle(PetrarchRecord record, string file) =>
        new(record.Id, null, record.Text.Replace('_', ' '), record.Date, record.Source, null, $"{file}:{record.Line}");

    /// <summary>The articles of a records file, each malformed record an error naming its id; the batch goes on.</summary>
    public static IEnumerable<ReadItem> Read(string path)
    {
        foreach (var item in PetrarchRecordReader.Read(path))
        {
            if (item.FileError is { } error) yield return new ReadError(path, item.Line, error);
            else if (item.Record is { Problem: { } problem } bad) yield return new ReadError(path, bad.Line, $"record {bad.Id}: {problem}");
            else if (item.Record is { } record) yield return ToArticle(record, path);
        }
    }
}
