using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Entente.Dictionaries;

namespace Entente.Compatibility.Readers;

/// <summary>A loaded PETRARCH/TABARI dictionary set, with what could not be read and how long loading took.</summary>
public sealed record PetrarchDictionaries(DictionarySet Set, IReadOnlyList<DictionaryError> Warnings, VerbDictionaryStats VerbStats, TimeSpan ReadTime);

/// <summary>
/// Builds a <see cref="DictionarySet"/> from PETRARCH/TABARI files: actors become <see cref="CodedActor"/>s, agents
/// <see cref="Agent"/>s, verb patterns <see cref="EventPattern"/>s, discards <see cref="Discard"/>s. Entente's own
/// grammar files (closed classes, CAMEO codes, country codes, given names, intent codes, membership cues) still come
/// from the data folder. Problems inside PETRARCH files are warnings (their data has known slips); a missing file or a
/// bad grammar file throws <see cref="DictionaryLoadException"/>.
/// </summary>
public static class PetrarchDictionaryLoader
{
    public static readonly string[] GrammarFiles =
        ["closed-class.txt", "intent-codes.txt", "cameo.txt", "countries.txt", "given-names.txt", "membership-cues.txt", "word-classes.txt"];

    public static PetrarchDictionaries Load(PetrarchDictionaryFiles files, string dataDirectory)
    {
        var clock = Stopwatch.StartNew();
        var errors = new List<DictionaryError>();
        foreach (var file in GrammarFiles.Select(f => Path.Combine(dataDirectory, f)).Concat(files.All))
            if (!File.Exists(file)) errors.Add(new DictionaryError(file, 0, "file missing"));
        if (errors.Count > 0) throw new DictionaryLoadException(errors);

        // The big files are independent: read them side by side.
        var actorTasks = files.Actors.Select(f => Task.Run(() => Read(f, ActorDictionaryReader.Read))).ToList();
        var verbTasks = files.Verbs.Select(f => Task.Run(() => Read(f, VerbDictionaryReader.Read))).ToList();
        var agents = files.Agents.Select(f => Read(f, AgentDictionaryReader.Read)).ToList();
        var discards = files.Discards.Select(f => Read(f, DiscardListReader.Read)).ToList();

        string P(string name) => Path.Combine(dataDirectory, name);
        var cameo = PatternLoader.LoadCameo(P("cameo.txt"), errors);
        var closed = EntityLoader.LoadClosedClass(P("closed-class.txt"), errors);
        var intents = PatternLoader.LoadIntentCodes(P("intent-codes.txt"), cameo, errors);
        var countries = EntityLoader.LoadCountries(P("countries.txt"), errors);
        var givenNames = EntityLoader.LoadGivenNames(P("given-names.txt"), errors);
        var cues = EntityLoader.LoadMembershipCues(P("membership-cues.txt"), errors);
        var wordClasses = EntityLoader.LoadWordClasses(P("word-classes.txt"), errors);
        if (errors.Count > 0) throw new DictionaryLoadException(errors);

        var actors = actorTasks.Select(t => t.Result).ToList();
        var verbs = verbTasks.Select(t => t.Result).ToList();
        var warnings = new List<DictionaryError>();
        foreach (var part in actors.Select(a => a.Warnings).Concat(verbs.Select(v => v.Warnings)).Concat(agents.Select(a => a.Warnings)).Concat(discards.Select(d => d.Warnings)))
            warnings.AddRange(part);

        var set = new DictionarySet(
            countries, [], [], [], [], [],
            agents.SelectMany(a => a.Value).ToList(),
            cameo,
            new Dictionary<string, WordSet>(StringComparer.Ordinal),
            verbs.SelectMany(v => v.Value.IrregularVerbs).ToList(),
            verbs.SelectMany(v => v.Value.Patterns).ToList(),
            closed,
            intents,
            cues,
            givenNames,
            actors.SelectMany(a => a.Value).ToList(),
            VersionOf(GrammarFiles.Select(P).Concat(files.All)))
        {
            Discards = discards.SelectMany(d => d.Value).ToList(),
            WordClassWords = wordClasses,
        };
        var stats = verbs.Select(v => v.Value.Stats).Aggregate(new VerbDictionaryStats(0, 0, 0, 0, 0, 0), (a, b) =>
            new VerbDictionaryStats(a.Synsets + b.Synsets, a.Families + b.Families, a.Verbs + b.Verbs, a.PatternLines + b.PatternLines, a.Patterns + b.Patterns, a.Transformations + b.Transformations));
        return new PetrarchDictionaries(set, warnings, stats, clock.Elapsed);
    }

    private static (T Value, List<DictionaryError> Warnings) Read<T>(string path, Func<string, List<DictionaryError>, T> reader)
    {
        var warnings = new List<DictionaryError>();
        return (reader(path, warnings), warnings);
    }

    /// <summary>First 8 hex digits of a SHA-256 over the files' names and bytes, in the order given.</summary>
    private static string VersionOf(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..8];
    }
}
