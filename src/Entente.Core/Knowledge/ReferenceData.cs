using Entente.Dictionaries;

namespace Entente.Knowledge;

/// <summary>
/// The parts of the dictionaries the knowledge base answers from (states, organizations, memberships, people and
/// role nouns), loaded without compiling the coder, so a query starts in milliseconds.
/// </summary>
public sealed record ReferenceData(
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Organization> Organizations,
    IReadOnlyList<Membership> Memberships,
    IReadOnlyList<Person> People,
    IReadOnlyList<Agent> Agents)
{
    public static ReferenceData Empty { get; } = new([], [], [], [], []);

    /// <summary>Loads the five files from <paramref name="directory"/>; throws <see cref="DictionaryLoadException"/> on errors.</summary>
    public static ReferenceData Load(string directory)
    {
        var errors = new List<DictionaryError>();
        string P(string name) => Path.Combine(directory, name);
        var data = new ReferenceData(
            EntityLoader.LoadCountries(P("countries.txt"), errors),
            EntityLoader.LoadOrganizations(P("organizations.txt"), errors),
            EntityLoader.LoadMemberships(P("memberships.txt"), errors),
            EntityLoader.LoadPeople(P("people.txt"), errors),
            EntityLoader.LoadAgents(P("agents.txt"), errors));
        if (errors.Count > 0) throw new DictionaryLoadException(errors);
        return data;
    }

    public OfficeClassifier Offices() => new(Agents);

    public string? CountryName(string? code) =>
        code is null ? null : Countries.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.Ordinal))?.ShortName;

    public Organization? Organization(string acronym) =>
        Organizations.FirstOrDefault(o => string.Equals(o.Acronym, acronym, StringComparison.OrdinalIgnoreCase));
}
