using Entente.Tests.Support;

namespace Entente.Tests.Coding;

/// <summary>
/// The patterns' own unit tests: every example sentence in data/verbs.txt must be coded by its pattern, with the
/// pattern's code (or its intent code) and the direction the example states.
/// </summary>
public sealed class PatternExampleTests
{
    public static TheoryData<string> PatternIds()
    {
        var data = new TheoryData<string>();
        // A reporting verb with no addressee ("said that ...") introduces a clause and codes nothing itself.
        foreach (var p in TestEngine.Instance.Lexicon.Dictionaries.Patterns)
            if (p.Example is not null && !(p.Options.Say && !p.HasTarget)) data.Add(p.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(PatternIds))]
    public void Example_is_coded_by_its_pattern(string id)
    {
        var pattern = TestEngine.Instance.Lexicon.Dictionaries.Patterns.Single(p => p.Id == id);
        var example = pattern.Example!;
        var open = example.LastIndexOf('[');
        var sentence = example[..open].Trim();
        var direction = example[(open + 1)..example.LastIndexOf(']')].Split('>');
        var coded = TestEngine.Code(sentence);
        // The example must be coded with the pattern's code (or its intent code) in its direction. The rule may be
        // this pattern, a light verb combined with it ("hold.light+talks.with"), or an equivalent pattern that
        // gives the same code (overlapping word sets are not an error).
        Assert.Contains(coded.Events, e =>
            (e.Rule == id || e.Rule.StartsWith(id + "+", StringComparison.Ordinal) || e.Rule.EndsWith("+" + id, StringComparison.Ordinal)
                || e.Code == pattern.Code)
            && (e.SourceCountry ?? e.SourceOrg) == direction[0]
            && (e.TargetCountry ?? e.TargetOrg) == direction[1]);
    }
}
