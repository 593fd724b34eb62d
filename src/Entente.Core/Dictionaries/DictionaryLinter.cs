namespace Entente.Dictionaries;

/// <summary>Counts per file and the CAMEO codes no pattern covers, as <c>entente dict check --stats</c> prints them.</summary>
public sealed record DictionaryStats(IReadOnlyList<(string File, int Entries)> Files, IReadOnlyList<string> CodesWithoutPattern);

/// <summary>
/// Checks loaded dictionaries for what the loader cannot see line by line: the same name given to two states,
/// unknown codes referenced across files, overlapping dated offices, duplicate phrases.
/// </summary>
public static class DictionaryLinter
{
    public static List<DictionaryError> Lint(DictionarySet set)
    {
        var issues = new List<DictionaryError>();
        var states = set.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var orgs = set.Organizations.Select(o => o.Acronym).ToHashSet(StringComparer.Ordinal);
        void Add(EntryOrigin o, string message) => issues.Add(new DictionaryError(o.File, o.Line, message));

        var names = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in set.Countries)
            foreach (var name in c.Names.Concat(c.Adjectives))
                if (names.TryGetValue(name, out var other) && other.Code != c.Code) Add(c.Origin, $"'{name}' also names {other.Code} ({other.Origin})");
                else names[name] = c;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in set.Countries)
            if (!codes.Add(c.Code)) Add(c.Origin, $"duplicate state code {c.Code}");
        foreach (var p in set.Places)
            if (p.Country is { } pc && !states.Contains(pc)) Add(p.Origin, $"unknown state {pc}");
        foreach (var m in set.Metonyms)
            if (!states.Contains(m.ActorCode[..Math.Min(3, m.ActorCode.Length)]) && !set.Organizations.Any(o => o.Code == m.ActorCode))
                Add(m.Origin, $"unknown actor code {m.ActorCode}");
        var orgCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in set.Organizations)
        {
            if (!orgCodes.Add(o.Code)) Add(o.Origin, $"duplicate organization code {o.Code}");
            if (o.Parent is { } parent && !orgs.Contains(parent)) Add(o.Origin, $"unknown parent {parent}");
        }
        foreach (var m in set.Memberships)
        {
            if (!orgs.Contains(m.Org)) Add(m.Origin, $"unknown organization {m.Org}");
            if (!states.Contains(m.Country)) Add(m.Origin, $"unknown state {m.Country}");
        }
        foreach (var person in set.People)
            foreach (var office in person.Offices)
            {
                if (!states.Contains(office.Country) && !orgs.Contains(office.Country)) Add(office.Origin, $"unknown state or organization {office.Country}");
                if (office.From is { } f && office.To is { } t && t.Start < f.Start) Add(office.Origin, "office ends before it starts");
            }
        foreach (var cue in set.MembershipCues.Where(c => !MembershipCue.Statuses.Contains(c.Status) && !MembershipCue.GrammarClasses.Contains(c.Status)))
            Add(cue.Origin, $"unknown membership status or grammar class '{cue.Status}'");
        if (set.MembershipCues.Count > 0)
            foreach (var missing in MembershipCue.GrammarClasses.Where(g => !set.MembershipCues.Any(c => c.Status == g)))
                issues.Add(new DictionaryError("membership-cues.txt", 0, $"no words for the grammar class {missing}"));
        LintOverlaps(set, Add);
        var agentPhrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in set.Agents)
            if (!agentPhrases.Add(a.Phrase)) Add(a.Origin, $"duplicate agent phrase '{a.Phrase}'");
        foreach (var p in set.Patterns)
            if (p.Options.Light && !set.Patterns.Any(n => n.IsNoun)) Add(p.Origin, "light verb but no event nouns are defined");
        return issues;
    }

    public static DictionaryStats Stats(DictionarySet set)
    {
        var covered = set.Patterns.Select(p => p.Code[..Math.Min(3, p.Code.Length)]).ToHashSet(StringComparer.Ordinal);
        var missing = set.Cameo.Keys.Where(c => c.Length == 3 && !covered.Contains(c)).Order(StringComparer.Ordinal).ToList();
        return new DictionaryStats(
        [
            ("countries.txt", set.Countries.Count), ("places.txt", set.Places.Count), ("metonyms.txt", set.Metonyms.Count),
            ("organizations.txt", set.Organizations.Count), ("memberships.txt", set.Memberships.Count),
            ("people.txt", set.People.Sum(p => p.Offices.Count)), ("agents.txt", set.Agents.Count), ("cameo.txt", set.Cameo.Count),
            ("wordsets.txt", set.WordSets.Count), ("irregular-verbs.txt", set.IrregularVerbs.Count), ("verbs.txt", set.Patterns.Count),
            ("closed-class.txt", set.ClosedClass.Count), ("intent-codes.txt", set.IntentCodes.Count), ("membership-cues.txt", set.MembershipCues.Count), ("word-classes.txt", set.WordClassWords.Values.Sum(w => w.Count)),
            ("given-names.txt", set.GivenNames.Count),
        ], missing);
    }

    /// <summary>Two people holding one state's head-of-state, head-of-government or foreign-minister office at once.</summary>
    private static void LintOverlaps(DictionarySet set, Action<EntryOrigin, string> add)
    {
        var offices = set.People
            .SelectMany(p => p.Offices.Where(o => o.From is not null && o.Kind is OfficeKind.HeadOfState or OfficeKind.HeadOfGovernment or OfficeKind.ForeignMinister)
                .Select(o => (Person: p.Name, Office: o)))
            .GroupBy(x => (x.Office.Country, x.Office.Kind));
        foreach (var group in offices)
        {
            var ordered = group.OrderBy(x => x.Office.From!.Value.Start).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                var previousEnd = ordered[i - 1].Office.To?.Start ?? DateOnly.MaxValue;
                if (previousEnd > ordered[i].Office.From!.Value.Start.AddDays(1))
                    add(ordered[i].Office.Origin, $"{ordered[i].Person}'s office overlaps {ordered[i - 1].Person}'s ({ordered[i - 1].Office.Origin})");
            }
        }
    }
}
