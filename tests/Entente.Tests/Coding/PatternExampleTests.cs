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
        foreach (var p in TestEngine.Instance.Lexicon.Dictionaries.Patterns)
            if (p.Example is not null) data.Add(p.Id);
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
        Assert.Contains(coded.Events, e =>
            e.Rule == id
            && (e.SourceCountry ?? e.SourceOrg) == direction[0]
            && (e.TargetCountry ?? e.TargetOrg) == direction[1]);
    }
}
