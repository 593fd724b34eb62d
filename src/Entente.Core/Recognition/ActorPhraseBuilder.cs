using Entente.Dictionaries;
using Entente.Text;

namespace Entente.Recognition;

/// <summary>
/// Builds actor phrases from mentions: modifiers and heads (<c>the Laotian leader</c>, <c>the President of Laos</c>,
/// <c>Russia's foreign ministry</c>, <c>Prime Minister Rishi Sunak</c>), appositions that introduce people
/// (<c>Maxim Ryzhenkov, Belarusian Minister of Foreign Affairs,</c>) and coordination (<c>Belarus and Laos</c>).
/// </summary>
public sealed class ActorPhraseBuilder(Lexicon lexicon)
{
    private readonly PersonNameFinder _names = new(lexicon);

    public List<ActorPhrase> Build(Token[] tokens, int start, int end, List<Mention> mentions, IPersonMemory memory)
    {
        var at = new Dictionary<int, Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            // A family name the article has introduced for someone new ("Vice Foreign Minister Choi Jong Kun", then
            // "Minister Choi") is that person, not the dictionary's holder of the same one-word alias.
            if (m.Entry.Kind == LexKind.Person && m.End == m.Start + 1 && memory.TryGet(tokens[m.Start].Norm, out var learned)
                && !string.Equals(learned.Name, m.Entry.Person!.Name, StringComparison.Ordinal))
                continue;
            at[m.Start] = m;
        }
        var units = new List<(PhraseUnit Unit, bool Pair, bool Possessor)>();
        var i = start;
        while (i < end)
        {
            var j = i;
            while (j < end && IsDeterminer(tokens[j].Norm)) j++;
            if (j < end - 1 && tokens[j].Norm is "two" or "both" && at.TryGetValue(j + 1, out var pairHead)
                && pairHead.Entry.Kind == LexKind.Agent && pairHead.Entry.Plural)
            {
                var unit = new PhraseUnit { Start = i, End = pairHead.End };
                unit.Parts.Add(new PhrasePart(pairHead.Start, pairHead.End, pairHead.Entry));
                units.Add((unit, true, false));
                i = pairHead.End;
                continue;
            }
            if (j < end && TryStartUnit(tokens, i, j, end, at, memory, out var started))
            {
                var possessor = Extend(tokens, started, start, end, at, memory);
                units.Add((started, false, possessor));
                i = started.End;
                continue;
            }
            i = Math.Max(i + 1, j);
        }
        return Group(tokens, units);
    }

    private bool TryStartUnit(Token[] tokens, int unitStart, int j, int end, Dictionary<int, Mention> at, IPersonMemory memory, out PhraseUnit unit)
    {
        unit = new PhraseUnit { Start = unitStart };
        if (at.TryGetValue(j, out var m))
        {
            unit.Parts.Add(new PhrasePart(m.Start, m.End, m.Entry));
            unit.End = m.End;
            return true;
        }
        if (!_names.IsNameWord(tokens[j])) return false;
        var nameEnd = _names.NameRunEnd(tokens, j, end, at);
        // A known family name from this article, or a new name introduced by an apposition title.
        var known = memory.TryGet(tokens[nameEnd - 1].Norm, out _);
        var appositive = nameEnd - j >= 2 && nameEnd < end - 1 && tokens[nameEnd].Norm == "," && _names.TitleRunEnd(tokens, nameEnd + 1, end, at) > 0;
        if (!known && !appositive) return false;
        unit.Parts.Add(new PhrasePart(j, nameEnd, null));
        unit.End = nameEnd;
        return true;
    }

    /// <summary>Extends a unit rightwards; returns whether it ended as a possessor (<c>Russia's invasion</c>).</summary>
    private bool Extend(Token[] tokens, PhraseUnit unit, int sentenceStart, int end, Dictionary<int, Mention> at, IPersonMemory memory)
    {
        while (unit.End < end)
        {
            var k = unit.End;
            var norm = tokens[k].Norm;
            // "Assistant Secretary Medina", "Ambassador Victoria Nuland": a one-word place right after a title, or a
            // given name that is also a place, is a person's name.
            if (at.TryGetValue(k, out var placeName) && placeName.Entry.Kind == LexKind.Place && placeName.End == k + 1
                && unit.Parts[^1].Kind == LexKind.Agent && !unit.Parts.Any(p => p.IsNewName || p.Kind is LexKind.Person))
            {
                var nameEnd = Math.Max(k + 1, _names.NameRunEnd(tokens, k, end, at));
                unit.Parts.Add(new PhrasePart(k, nameEnd, null));
                unit.End = nameEnd;
                continue;
            }
            if (at.TryGetValue(k, out var next) && !Conflicts(unit, next.Entry))
            {
                unit.Parts.Add(new PhrasePart(next.Start, next.End, next.Entry));
                unit.End = next.End;
                continue;
            }
            // "ROK First Vice Foreign Minister": an ordinal before a role noun belongs to the title.
            if (norm is "first" or "second" or "third" && tokens[k].IsCapitalized && k + 1 < end && at.TryGetValue(k + 1, out var ranked)
                && ranked.Entry.Kind == LexKind.Agent && !Conflicts(unit, ranked.Entry) && !unit.Parts.Any(p => p.IsNewName || p.Kind == LexKind.Person))
            {
                unit.Parts.Add(new PhrasePart(ranked.Start, ranked.End, ranked.Entry));
                unit.End = ranked.End;
                continue;
            }
            if (norm is "'s" or "'")
            {
                if (k + 1 < end && at.TryGetValue(k + 1, out var owned) && owned.Entry.Kind is LexKind.Agent or LexKind.Organization)
                {
                    unit.Parts.Add(new PhrasePart(owned.Start, owned.End, owned.Entry));
                    unit.End = owned.End;
                    continue;
                }
                return true;
            }
            if (norm == "of" && HasHead(unit))
            {
                var m = k + 1;
                while (m < end && (IsDeterminer(tokens[m].Norm) || (tokens[m].Flags & TokenFlags.Number) != 0)) m++;
                if (m < end && at.TryGetValue(m, out var owner) && owner.Entry.Kind is LexKind.Country or LexKind.Organization or LexKind.Place or LexKind.Demonym)
                {
                    unit.Parts.Add(new PhrasePart(owner.Start, owner.End, owner.Entry));
                    unit.End = owner.End;
                    continue;
                }
                // Not "of <state>": maybe a title's tail ("Minister of the Environment Jane Roe"), tried below.
            }
            if (unit.Parts[^1].Kind == LexKind.Agent && _names.IsNameWord(tokens[k]) && !unit.Parts.Any(p => p.IsNewName || p.Kind == LexKind.Person))
            {
                var nameEnd = _names.NameRunEnd(tokens, k, end, at);
                // A name has two words or more ("Marine Corridor" and "Armed Forces Day" are no one), unless the article
                // has introduced it ("Vice Minister Choi" after "Vice Minister Choi Jong Kun").
                if (nameEnd - k >= 2 || (nameEnd > k && (_names.IsGivenName(tokens[k]) || memory.TryGet(tokens[k].Norm, out _))))
                {
                    // "Foreign Minister Sergey V. Lavrov": the known person's own given name and initials before the alias.
                    var own = Enumerable.Range(k + 1, Math.Max(0, nameEnd - k - 1))
                        .Select(t => at.TryGetValue(t, out var pm) ? pm : (Mention?)null)
                        .FirstOrDefault(pm => pm is { Entry.Kind: LexKind.Person } p && lexicon.IsNameWordOf(p.Entry.Person!, tokens[k].Norm));
                    unit.Parts.Add(new PhrasePart(k, nameEnd, own?.Entry));
                    unit.End = nameEnd;
                    continue;
                }
            }
            // "Under Secretary for Political Affairs Jane Roe", "Ambassador to Chile John Doe": a title's tail, then a name.
            if (unit.Parts[^1].Kind == LexKind.Agent && !unit.Parts.Any(p => p.IsNewName || p.Kind == LexKind.Person)
                && _names.NameAfterTitleTail(tokens, k, end, at) is var nameStart && nameStart > k
                && ((at.TryGetValue(nameStart, out var atName) && atName.Entry.Kind == LexKind.Person) || _names.NameRunEnd(tokens, nameStart, end, at) > nameStart + 1))
            {
                unit.TitleTail = (k, nameStart);
                if (at.TryGetValue(nameStart, out var known) && known.Entry.Kind == LexKind.Person)
                {
                    unit.Parts.Add(new PhrasePart(known.Start, known.End, known.Entry));
                    unit.End = known.End;
                }
                else
                {
                    var nameEnd = _names.NameRunEnd(tokens, nameStart, end, at);
                    unit.Parts.Add(new PhrasePart(nameStart, nameEnd, null));
                    unit.End = nameEnd;
                }
                continue;
            }
            // "Protesters in Belgrade rallied": a role opening the sentence with no state takes the place it is in or
            // from. Elsewhere "in X" is where something happens ("opened an embassy in Bahrain").
            if (norm is "in" or "from" && k + 1 < end && unit.Start == sentenceStart && unit.Parts.All(p => p.Kind == LexKind.Agent)
                && at.TryGetValue(k + 1, out var where) && (where.Entry.Kind == LexKind.Country || where.Entry.Place?.Country is not null))
            {
                unit.Parts.Add(new PhrasePart(where.Start, where.End, where.Entry));
                unit.End = where.End;
                continue;
            }
            // "Republic of Korea (ROK) Vice Foreign Minister": the state's own acronym in brackets goes on with the phrase.
            if (norm == "(" && k + 2 < end && at.TryGetValue(k + 1, out var acronym) && acronym.End < end && tokens[acronym.End].Norm == ")"
                && SameActor(unit, acronym.Entry))
            {
                unit.End = acronym.End + 1;
                continue;
            }
            // "Foreign Minister Erika Mouynes (Panama)": a state in brackets after a person is the person's state.
            if (norm == "(" && k + 2 < end && at.TryGetValue(k + 1, out var bracketed) && bracketed.Entry.Kind is LexKind.Country
                && bracketed.End < end && tokens[bracketed.End].Norm == ")" && unit.Parts.Any(p => p.IsNewName || p.Kind == LexKind.Person || p.Kind == LexKind.Agent)
                && !unit.Parts.Any(p => p.Kind is LexKind.Country or LexKind.Demonym))
            {
                unit.Parts.Add(new PhrasePart(bracketed.Start, bracketed.End, bracketed.Entry));
                unit.End = bracketed.End + 1;
                continue;
            }
            // An apposition gives a title to a bare name; after "Foreign Minister X," a title starts the next list member.
            if (norm == "," && unit.Apposition is null && unit.Parts.Any(p => p.IsNewName || p.Kind == LexKind.Person)
                && !unit.Parts.Any(p => p.Kind == LexKind.Agent))
            {
                var titleEnd = _names.TitleRunEnd(tokens, k + 1, end, at);
                if (titleEnd > 0)
                {
                    unit.Apposition = (k + 1, titleEnd);
                    for (var t = k + 1; t < titleEnd; t++)
                        if (at.TryGetValue(t, out var titlePart)) unit.Parts.Add(new PhrasePart(titlePart.Start, titlePart.End, titlePart.Entry));
                    unit.End = titleEnd;
                    continue;
                }
            }
            return false;
        }
        return false;
    }

    /// <summary>Whether an entry names the state or organization the unit's last part already names.</summary>
    private static bool SameActor(PhraseUnit unit, LexEntry entry)
    {
        var last = unit.Parts[^1].Entry;
        if (last is null) return false;
        if (entry.Country is { } c) return last.Kind is LexKind.Country or LexKind.Demonym && last.Country?.Code == c.Code;
        if (entry.Organization is { } o) return last.Kind == LexKind.Organization && last.Organization?.Acronym == o.Acronym;
        return false;
    }

    private bool IsDeterminer(string norm) => lexicon.Is(norm, WordClass.Determiner) && norm is "the" or "a" or "an";

    private static bool HasHead(PhraseUnit unit) =>
        unit.Parts.Any(p => p.IsNewName || p.Kind is LexKind.Agent or LexKind.Person or LexKind.Organization);

    /// <summary>Two states, or a state after a person, don't form one unit: they are separate actors.</summary>
    private static bool Conflicts(PhraseUnit unit, LexEntry next)
    {
        // "held the workers hostage": a plural role noun ends its phrase; compounds put the plural last.
        if (next.Kind is LexKind.Agent && unit.Parts[^1].Entry is { Kind: LexKind.Agent, Plural: true }) return true;
        if (next.Kind is LexKind.Country or LexKind.Demonym or LexKind.Place)
            return unit.Parts.Any(p => p.Kind is LexKind.Country or LexKind.Demonym or LexKind.Place or LexKind.Person || p.IsNewName);
        if (next.Kind is LexKind.Person)
            return unit.Parts.Any(p => p.Kind is LexKind.Person || p.IsNewName);
        return false;
    }

    private List<ActorPhrase> Group(Token[] tokens, List<(PhraseUnit Unit, bool Pair, bool Possessor)> units)
    {
        var phrases = new List<ActorPhrase>();
        var u = 0;
        while (u < units.Count)
        {
            var phrase = new ActorPhrase { Start = units[u].Unit.Start, End = units[u].Unit.End, IsPairReference = units[u].Pair, IsPossessor = units[u].Possessor };
            phrase.Units.Add(units[u].Unit);
            var next = u + 1;
            var sawAnd = false;
            while (next < units.Count && !units[next].Pair && !phrase.IsPairReference
                && IsConnector(tokens, phrase.End, units[next].Unit.Start, ref sawAnd))
            {
                phrase.Units.Add(units[next].Unit);
                phrase.End = units[next].Unit.End;
                phrase.IsPossessor = units[next].Possessor;
                next++;
                if (sawAnd) break;
            }
            if (phrase.Units.Count > 1 && !sawAnd)
            {
                // "X, Y" without a closing "and" is not a list: keep the first unit alone.
                phrase.Units.RemoveRange(1, phrase.Units.Count - 1);
                phrase.End = units[u].Unit.End;
                phrase.IsPossessor = units[u].Possessor;
                next = u + 1;
            }
            ShareHead(phrase);
            phrases.Add(phrase);
            u = next;
        }
        return phrases;
    }

    private static bool IsConnector(Token[] tokens, int from, int to, ref bool sawAnd)
    {
        if (to <= from || to - from > 3) return false;
        for (var i = from; i < to; i++)
        {
            var norm = tokens[i].Norm;
            if (norm is "and" or "or") sawAnd = true;
            else if (norm is not ("," or "as" or "well")) return false;
        }
        return true;
    }

    /// <summary><c>Belarusian and Laotian foreign ministers</c>: the last unit's role noun applies to all.</summary>
    private static void ShareHead(ActorPhrase phrase)
    {
        if (phrase.Units.Count < 2) return;
        var last = phrase.Units[^1];
        var head = last.Parts.LastOrDefault(p => p.Kind == LexKind.Agent);
        if (head.Entry is null) return;
        foreach (var unit in phrase.Units)
            if (unit != last && unit.Parts.All(p => p.Kind is LexKind.Demonym)) unit.Parts.Add(head);
    }
}
