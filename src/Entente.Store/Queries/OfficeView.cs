using System.Globalization;
using Entente.Dictionaries;
using Entente.Knowledge;

namespace Entente.Store.Queries;

/// <summary>
/// The holders of a state's offices over time: every dated office of people.txt, each with the articles that
/// name the person in it, and the office facts about people the dictionary does not know.
/// </summary>
internal static class OfficeView
{
    private static readonly string[] Order = ["HOS", "HOG", "FM", "DEF", "SG", "MIN", "OTH"];

    public static List<OfficeHolder> Build(string country, IEnumerable<Person> people, IReadOnlyList<OfficeFactRow> facts)
    {
        var holders = new List<OfficeHolder>();
        var matched = new HashSet<long>();
        foreach (var person in people)
        {
            var names = person.Aliases.Append(person.Name).Select(n => n.ToLower(CultureInfo.InvariantCulture)).ToHashSet(StringComparer.Ordinal);
            var stated = facts.Where(f => names.Contains(f.Person.ToLower(CultureInfo.InvariantCulture))).ToList();
            foreach (var office in person.Offices.Where(o => string.Equals(o.Country, country, StringComparison.Ordinal)))
            {
                var code = OfficeClassifier.Code(office.Kind);
                var evidence = stated.FirstOrDefault(f => f.Office is null || string.Equals(f.Office, code, StringComparison.Ordinal));
                if (evidence is not null) matched.Add(evidence.Id);
                holders.Add(new OfficeHolder(code, office.Title, person.Name, office.From?.ToString(), office.To?.ToString(), office.To is null,
                    office.Origin.ToString(), evidence?.Evidence));
            }
            foreach (var fact in stated) matched.Add(fact.Id);
        }
        foreach (var fact in facts.Where(f => !matched.Contains(f.Id)))
        {
            holders.Add(new OfficeHolder(fact.Office ?? "", fact.Role, fact.Person, DayNumber.Format(fact.ValidFrom),
                fact.ValidTo is { } to ? DayNumber.Format(to) : null, fact.ValidTo is null, null, fact.Evidence));
        }
        return holders
            .OrderBy(h => Rank(h.Office)).ThenBy(h => h.Office, StringComparer.Ordinal).ThenByDescending(h => h.From ?? "", StringComparer.Ordinal)
            .ToList();
    }

    private static int Rank(string office) => Array.IndexOf(Order, office) is var i and >= 0 ? i : Order.Length;
}
