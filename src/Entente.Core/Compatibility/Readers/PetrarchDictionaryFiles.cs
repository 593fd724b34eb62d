using Entente.Dictionaries;

namespace Entente.Compatibility.Readers;

/// <summary>The PETRARCH/TABARI dictionary files to load, by kind.</summary>
public sealed record PetrarchDictionaryFiles(
    IReadOnlyList<string> Verbs, IReadOnlyList<string> Actors, IReadOnlyList<string> Agents, IReadOnlyList<string> Discards)
{
    public IEnumerable<string> All => Verbs.Concat(Actors).Concat(Agents).Concat(Discards);

    /// <summary>
    /// The files named by <paramref name="paths"/>: a file counts by its name (<c>*actors*</c>, <c>*agents*</c>,
    /// <c>*discards*</c>, <c>*verbs*</c> or <c>CAMEO*</c>); a folder gives its production set (<c>CAMEO*.txt</c> and
    /// <c>Phoenix.*</c> files) when it has one, else every dictionary file in it. Throws
    /// <see cref="DictionaryLoadException"/> when a path is missing or unrecognised, or no verb or actor file is found.
    /// </summary>
    public static PetrarchDictionaryFiles FromPaths(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var errors = new List<DictionaryError>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.txt").Where(f => KindOf(f) is not null).Order(StringComparer.Ordinal).ToList();
                var production = found.Where(IsProduction).ToList();
                files.AddRange(production.Count > 0 ? production : found);
            }
            else if (!File.Exists(path)) errors.Add(new DictionaryError(path, 0, "dictionary file or folder not found"));
            else if (KindOf(path) is null) errors.Add(new DictionaryError(path, 0, "not a PETRARCH dictionary name (expected *actors*, *agents*, *discards*, *verbs* or CAMEO*)"));
            else files.Add(path);
        }
        var set = new PetrarchDictionaryFiles(Of(files, Kind.Verbs), Of(files, Kind.Actors), Of(files, Kind.Agents), Of(files, Kind.Discards));
        if (errors.Count == 0 && set.Verbs.Count == 0) errors.Add(new DictionaryError(string.Join(", ", paths), 0, "no verb dictionary (*verbs*.txt or CAMEO*.txt)"));
        if (errors.Count == 0 && set.Actors.Count == 0) errors.Add(new DictionaryError(string.Join(", ", paths), 0, "no actor dictionary (*actors*.txt)"));
        if (errors.Count > 0) throw new DictionaryLoadException(errors);
        return set;
    }

    private enum Kind { Verbs, Actors, Agents, Discards }

    private static List<string> Of(List<string> files, Kind kind) => files.Where(f => KindOf(f) == kind).Distinct(StringComparer.Ordinal).ToList();

    private static Kind? KindOf(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.Contains("actors", StringComparison.Ordinal)) return Kind.Actors;
        if (name.Contains("agents", StringComparison.Ordinal)) return Kind.Agents;
        if (name.Contains("discards", StringComparison.Ordinal)) return Kind.Discards;
        if (name.Contains("verbs", StringComparison.Ordinal) || name.StartsWith("cameo", StringComparison.Ordinal)) return Kind.Verbs;
        return null;
    }

    private static bool IsProduction(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith("Phoenix.", StringComparison.OrdinalIgnoreCase) || name.StartsWith("CAMEO", StringComparison.OrdinalIgnoreCase);
    }
}
