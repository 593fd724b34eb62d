namespace Entente.Text;

/// <summary>
/// A sentence: its span in the article text and its tokens <c>[FirstToken, FirstToken + TokenCount)</c> in
/// <see cref="Document.Tokens"/>. <see cref="Paragraph"/> counts blank-line separated paragraphs from 0.
/// </summary>
public sealed record Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    public int EndToken => FirstToken + TokenCount;
}
