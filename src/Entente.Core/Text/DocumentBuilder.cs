using Entente.Sources;

namespace Entente.Text;

/// <summary>Builds a <see cref="Document"/> from an article: tokens, sentences, quotations, dateline. Thread-safe.</summary>
public static class DocumentBuilder
{
    public static Document Build(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var tokens = Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens);
        var quotations = QuotationFinder.Find(text, tokens, sentences);
        var dateline = DatelineParser.Parse(text, tokens);
        return new Document(article, tokens, sentences, quotations, dateline);
    }
}
