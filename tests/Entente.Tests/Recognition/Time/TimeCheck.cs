using System.Globalization;
using Entente.Recognition.Time;
using Entente.Text;
using Xunit;

namespace Entente.Tests.Recognition.Time;

/// <summary>Runs <see cref="TimeRecognizer"/> on a sentence and reports each mention with the text it covers.</summary>
internal static class TimeCheck
{
    public sealed record Found(string Text, string Past, string Future, TimeKind Kind);

    public static IReadOnlyList<Found> All(string sentence, string published)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var mentions = TimeRecognizer.Find(tokens, Date(published));
        return mentions.Select(m => new Found(Covered(sentence, tokens, m), m.Past.ToString(), m.Future.ToString(), m.Kind)).ToArray();
    }

    public static Found Single(string sentence, string published) => Assert.Single(All(sentence, published));

    /// <summary>Checks the one mention in <paramref name="sentence"/>; <paramref name="future"/> null means the same as past.</summary>
    public static Found Expect(string sentence, string published, string past, string? future, string covered)
    {
        var found = Single(sentence, published);
        Assert.Equal(covered, found.Text);
        Assert.Equal(past, found.Past);
        Assert.Equal(future ?? past, found.Future);
        return found;
    }

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Covered(string text, Token[] tokens, TimeMention m) =>
        text[tokens[m.TokenStart].Start..tokens[m.TokenEnd - 1].End];
}
