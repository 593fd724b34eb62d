namespace Entente.Dictionaries;

/// <summary>Reads the common line format of every file in <c>data/</c> (see data/README.md).</summary>
public static class DataFileReader
{
    /// <summary>
    /// Yields the data lines of <paramref name="path"/>; a line whose field count is outside
    /// [<paramref name="minFields"/>, <paramref name="maxFields"/>] is reported to <paramref name="errors"/> and skipped.
    /// </summary>
    public static IEnumerable<DataLine> Read(string path, int minFields, int maxFields, List<DictionaryError> errors)
    {
        var name = Path.GetFileName(path);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var hash = raw.IndexOf('#');
            var content = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (content.Length == 0) continue;
            var fields = content.Split('|', StringSplitOptions.TrimEntries);
            if (fields.Length < minFields || fields.Length > maxFields)
            {
                var expected = minFields == maxFields ? $"{minFields}" : $"{minFields} to {maxFields}";
                errors.Add(new DictionaryError(name, lineNumber, $"expected {expected} fields separated by '|', found {fields.Length}"));
                continue;
            }
            yield return new DataLine(new EntryOrigin(name, lineNumber), fields);
        }
    }
}
