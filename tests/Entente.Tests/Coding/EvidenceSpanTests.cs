using Entente.Records;
using Entente.Tests.Support;

namespace Entente.Tests.Coding;

/// <summary>The evidence span of an event covers its source, its verb and its target, whichever order they come in.</summary>
public sealed class EvidenceSpanTests
{
    private static string Evidence(string text, string root)
    {
        var e = TestEngine.Code(text, "2025-07-18").Events.First(x => x.Root == root);
        return text[e.Span.Start..e.Span.End];
    }

    [Fact]
    public void Active_verb_with_its_object_after_it() =>
        Assert.Equal("Argentina criticized Uruguay", Evidence("On Friday Argentina criticized Uruguay over the river dispute.", "11"));

    [Fact]
    public void Passive_verb_with_the_by_phrase_after_it() =>
        Assert.Equal("Uruguay was criticized by Argentina", Evidence("Uruguay was criticized by Argentina on Friday.", "11"));

    [Fact]
    public void Reduced_passive_with_the_noun_before_and_the_by_phrase_after() =>
        Assert.Equal("Uruguay, criticized by Argentina", Evidence("The talks with Uruguay, criticized by Argentina, went on.", "11"));
}
