using System.Globalization;
using Entente.Records;

namespace Entente.Dictionaries;

/// <summary>Loaders for the files that name things: states, places, organizations, people, agents.</summary>
internal static class EntityLoader
{
    public static List<Country> LoadCountries(string path, List<DictionaryError> errors)
    {
        var list = new List<Country>();
        foreach (var line in DataFileReader.Read(path, 6, 6, errors))
        {
            if (!IsCode(line[0])) { errors.Add(Error(line, $"'{line[0]}' is not a 3-letter code")); continue; }
            var names = new List<string> { line[1] };
            names.AddRange(line.List(2));
            names.AddRange(line.List(3));
            list.Add(new Country(line[0], line[1], names, line.List(4), Blank(line[5]), line.Origin));
        }
        return list;
    }

    public static List<Place> LoadPlaces(string path, List<DictionaryError> errors)
    {
        var list = new List<Place>();
        foreach (var line in DataFileReader.Read(path, 5, 5, errors))
        {
            var names = line.List(0);
            if (names.Length == 0 || (line[1].Length > 0 && !IsCode(line[1]))
                || !double.TryParse(line[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(line[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || lat is < -90 or > 90 || lon is < -180 or > 180
                || !Enum.TryParse<PlaceKind>(line[4], ignoreCase: true, out var kind))
            {
                errors.Add(Error(line, "expected 'name | COUNTRY | lat | lon | capital|city|region|site'"));
                continue;
            }
            list.Add(new Place(names[0], names[1..], Blank(line[1]), lat, lon, kind, line.Origin));
        }
        return list;
    }

    public static List<Metonym> LoadMetonyms(string path, List<DictionaryError> errors) =>
        DataFileReader.Read(path, 2, 2, errors).SelectMany(l => l.List(0).Select(p => new Metonym(p, l[1], l.Origin))).ToList();

    public static List<Organization> LoadOrganizations(string path, List<DictionaryError> errors)
    {
        var list = new List<Organization>();
        foreach (var line in DataFileReader.Read(path, 5, 5, errors))
        {
            if (line[0].Length == 0 || line[1].Length == 0) { errors.Add(Error(line, "acronym and code are required")); continue; }
            list.Add(new Organization(line[0], line[1], line[2], Blank(line[3]), line.List(4), line.Origin));
        }
        return list;
    }

    public static List<Membership> LoadMemberships(string path, List<DictionaryError> errors)
    {
        var list = new List<Membership>();
        foreach (var line in DataFileReader.Read(path, 4, 5, errors))
        {
            if (!TryDate(line, line[3], errors, out var since) || !TryDate(line, line[4], errors, out var until)) continue;
            list.Add(new Membership(line[0], line[1], line[2], since, until, line.Origin));
        }
        return list;
    }

    public static List<Person> LoadPeople(string path, List<DictionaryError> errors)
    {
        var byName = new Dictionary<string, (List<string> Aliases, List<Office> Offices)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var line in DataFileReader.Read(path, 7, 7, errors))
        {
            if (!OfficeKinds.TryParse(line[3], out var kind) || kind == OfficeKind.None)
            {
                errors.Add(Error(line, $"unknown office '{line[3]}' (HOS, HOG, FM, DEF, MIN, SG, OTH)"));
                continue;
            }
            if (!TryDate(line, line[5], errors, out var from) || !TryDate(line, line[6], errors, out var to)) continue;
            if (!byName.TryGetValue(line[0], out var person))
            {
                person = ([], []);
                byName.Add(line[0], person);
                order.Add(line[0]);
            }
            foreach (var alias in line.List(1))
                if (!person.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase)) person.Aliases.Add(alias);
            person.Offices.Add(new Office(line[2], kind, line[4], from, to, line.Origin));
        }
        return order.Select(n => new Person(n, byName[n].Aliases, byName[n].Offices)).ToList();
    }

    public static List<Agent> LoadAgents(string path, List<DictionaryError> errors)
    {
        var list = new List<Agent>();
        foreach (var line in DataFileReader.Read(path, 2, 3, errors))
        {
            var phrase = line[0];
            IReadOnlyList<string>? plurals = null;
            var brace = phrase.IndexOf('{');
            if (brace >= 0)
            {
                var close = phrase.IndexOf('}', brace);
                if (close < 0) { errors.Add(Error(line, "unclosed '{'")); continue; }
                plurals = phrase[(brace + 1)..close].Split([';', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                phrase = phrase[..brace].Trim();
            }
            if (!OfficeKinds.TryParse(line[2], out var office)) { errors.Add(Error(line, $"unknown office '{line[2]}'")); continue; }
            if (line[1].Length != 3 || !line[1].All(char.IsAsciiLetterUpper)) { errors.Add(Error(line, $"'{line[1]}' is not a 3-letter agent code")); continue; }
            list.Add(new Agent(phrase, plurals ?? [Inflector.Plural(phrase)], line[1], office, line.Origin));
        }
        return list;
    }

    public static List<ClosedClassWord> LoadClosedClass(string path, List<DictionaryError> errors)
    {
        var list = new List<ClosedClassWord>();
        foreach (var line in DataFileReader.Read(path, 2, 2, errors))
        {
            if (!Enum.TryParse<WordClass>(line[0], ignoreCase: true, out var cls)) { errors.Add(Error(line, $"unknown word class '{line[0]}'")); continue; }
            list.AddRange(line.List(1).Select(w => new ClosedClassWord(w.ToLowerInvariant(), cls, line.Origin)));
        }
        return list;
    }

    public static List<MembershipCue> LoadMembershipCues(string path, List<DictionaryError> errors)
    {
        var list = new List<MembershipCue>();
        foreach (var line in DataFileReader.Read(path, 2, 2, errors))
            list.AddRange(line.List(1).Select(cue => new MembershipCue(line[0], cue.ToLowerInvariant(), line.Origin)));
        return list;
    }

    /// <summary><c>class | words</c>: lower-cased words by class; a class must be one of <see cref="WordClasses.All"/>.</summary>
    public static Dictionary<string, IReadOnlySet<string>> LoadWordClasses(string path, List<DictionaryError> errors)
    {
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in DataFileReader.Read(path, 2, 2, errors))
        {
            if (!WordClasses.All.Contains(line[0])) { errors.Add(Error(line, $"unknown word class '{line[0]}' (expected {string.Join(", ", WordClasses.All)})")); continue; }
            if (!classes.TryGetValue(line[0], out var words)) classes[line[0]] = words = new HashSet<string>(StringComparer.Ordinal);
            words.UnionWith(line.List(1).Select(w => w.ToLowerInvariant()));
        }
        return classes.ToDictionary(c => c.Key, c => (IReadOnlySet<string>)c.Value, StringComparer.Ordinal);
    }

    /// <summary>One given name a line, kept lower-cased as the tokenizer folds them.</summary>
    public static HashSet<string> LoadGivenNames(string path, List<DictionaryError> errors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in DataFileReader.Read(path, 1, 1, errors))
        {
            if (line[0].Contains(' ', StringComparison.Ordinal)) { errors.Add(Error(line, "a given name is one word")); continue; }
            names.Add(line[0].ToLowerInvariant());
        }
        return names;
    }

    internal static bool TryDate(DataLine line, string text, List<DictionaryError> errors, out PartialDate? date)
    {
        date = null;
        if (text.Length == 0) return true;
        if (PartialDate.TryParse(text, out var d)) { date = d; return true; }
        errors.Add(Error(line, $"'{text}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"));
        return false;
    }

    internal static DictionaryError Error(DataLine line, string message) => new(line.Origin.File, line.Origin.Line, message);

    private static bool IsCode(string s) => s.Length == 3 && s.All(char.IsAsciiLetterUpper);

    private static string? Blank(string s) => s.Length == 0 ? null : s;
}
