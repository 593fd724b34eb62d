using System.Security.Cryptography;
using System.Text;

namespace Entente.Dictionaries;

/// <summary>Loads every file of a data folder; collects all errors and throws once if any were found.</summary>
public static class DictionaryLoader
{
    public static readonly string[] Files =
    [
        "countries.txt", "places.txt", "metonyms.txt", "organizations.txt", "memberships.txt", "people.txt",
        "agents.txt", "cameo.txt", "wordsets.txt", "irregular-verbs.txt", "verbs.txt", "closed-class.txt", "intent-codes.txt", "membership-cues.txt", "given-names.txt",
        "word-classes.txt",
    ];

    public static DictionarySet Load(string directory)
    {
        var errors = new List<DictionaryError>();
        if (!Directory.Exists(directory))
            throw new DictionaryLoadException([new DictionaryError(directory, 0, "data folder not found")]);
        foreach (var file in Files)
            if (!File.Exists(Path.Combine(directory, file)))
                errors.Add(new DictionaryError(file, 0, "file missing"));
        if (errors.Count > 0) throw new DictionaryLoadException(errors);

        string P(string name) => Path.Combine(directory, name);
        var cameo = PatternLoader.LoadCameo(P("cameo.txt"), errors);
        var wordSets = PatternLoader.LoadWordSets(P("wordsets.txt"), errors);
        var set = new DictionarySet(
            EntityLoader.LoadCountries(P("countries.txt"), errors),
            EntityLoader.LoadPlaces(P("places.txt"), errors),
            EntityLoader.LoadMetonyms(P("metonyms.txt"), errors),
            EntityLoader.LoadOrganizations(P("organizations.txt"), errors),
            EntityLoader.LoadMemberships(P("memberships.txt"), errors),
            EntityLoader.LoadPeople(P("people.txt"), errors),
            EntityLoader.LoadAgents(P("agents.txt"), errors),
            cameo,
            wordSets,
            PatternLoader.LoadIrregularVerbs(P("irregular-verbs.txt"), errors),
            PatternLoader.LoadPatterns(P("verbs.txt"), cameo, wordSets, errors),
            EntityLoader.LoadClosedClass(P("closed-class.txt"), errors),
            PatternLoader.LoadIntentCodes(P("intent-codes.txt"), cameo, errors),
            EntityLoader.LoadMembershipCues(P("membership-cues.txt"), errors),
            EntityLoader.LoadGivenNames(P("given-names.txt"), errors),
            [],
            VersionOf(directory))
        {
            WordClassWords = EntityLoader.LoadWordClasses(P("word-classes.txt"), errors),
        };
        if (errors.Count > 0) throw new DictionaryLoadException(errors);
        return set;
    }

    /// <summary>First 8 hex digits of a SHA-256 over the files' names and bytes, in a fixed order.</summary>
    private static string VersionOf(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file));
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, file)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..8];
    }
}
