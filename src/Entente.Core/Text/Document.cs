using Entente.Sources;

namespace Entente.Text;

/// <summary>An article split into tokens and sentences, with its quotations and dateline. Immutable.</summary>
public sealed record Document(
    Article Article,
    Token[] Tokens,
    Sentence[] Sentences,
    Quotation[] Quotations,
    Dateline? Dateline)
{
    public string Text => Article.Text;

    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    public string TextOf(TextSpan span) => Article.Text.Substring(span.Start, span.Length);
}
