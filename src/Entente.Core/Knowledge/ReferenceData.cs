using Entente.Dictionaries;

namespace Entente.Knowledge;

/// <summary>
/// The parts of the dictionaries the knowledge base answers from (states, organizations, memberships, people and
/// role nouns), each file read on first use and without compiling the coder, so a query loads only what it shows.
/// </summary>
public sealed class ReferenceData
{
    private readonly Lazy<IReadOnlyList<Country>> _countries;
    private readonly Lazy<IReadOnlyList<Organization>> _organizations;
    private readonly Lazy<IReadOnlyList<Membership>> _memberships;
    private readonly Lazy<IReadOnlyList<Person>> _people;
    private readonly Lazy<IReadOnlyList<Agent>> _agents;
    private readonly Lazy<Dictionary<string, Country>> _countriesByCode;

    private ReferenceData(string? directory)
    {
        _countries = Part(directory, "countries.txt", EntityLoader.LoadCountries);
        _organizations = Part(directory, "organizations.txt", EntityLoader.LoadOrganizations);
        _memberships = Part(directory, "memberships.txt", EntityLoader.LoadMemberships);
        _people = Part(directory, "people.txt", EntityLoader.LoadPeople);
        _agents = Part(directory, "agents.txt", EntityLoader.LoadAgents);
        _countriesByCode = new(() => Countries.DistinctBy(c => c.Code, StringComparer.Ordinal).ToDictionary(c => c.Code, StringComparer.Ordinal));
    }

    public static ReferenceData Empty { get; } = new(null);

    /// <summary>
    /// Reference data from <paramref name="directory"/>. Files are read when first used; a file with errors throws
    /// <see cref="DictionaryLoadException"/> then.
    /// </summary>
    public static ReferenceData Load(string directory) => new(directory);

    public IReadOnlyList<Country> Countries => _countries.Value;
    public IReadOnlyList<Organization> Organizations => _organizations.Value;
    public IReadOnlyList<Membership> Memberships => _memberships.Value;
    public IReadOnlyList<Person> People => _people.Value;
    public IReadOnlyList<Agent> Agents => _agents.Value;

    public OfficeClassifier Offices() => new(Agents);

    public string? CountryName(string? code) => code is not null && _countriesByCode.Value.TryGetValue(code, out var c) ? c.ShortName : null;

    public Organization? Organization(string acronym) =>
        Organizations.FirstOrDefault(o => string.Equals(o.Acronym, acronym, StringComparison.OrdinalIgnoreCase));

    private static Lazy<IReadOnlyList<T>> Part<T>(string? directory, string file, Func<string, List<DictionaryError>, List<T>> load) => new(() =>
    {
        if (directory is null) return [];
        var errors = new List<DictionaryError>();
        var list = load(Path.Combine(directory, file), errors);
        if (errors.Count > 0) throw new DictionaryLoadException(errors);
        return list;
    });
}
