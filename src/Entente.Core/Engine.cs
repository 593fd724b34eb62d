using Entente.Coding;
using Entente.Dictionaries;
using Entente.Recognition;
using Entente.Sources;
using Entente.Text;

namespace Entente;

/// <summary>
/// The frozen coding pipeline: dictionaries compiled once, then <see cref="Code"/> is thread-safe and can run on
/// many articles in parallel.
/// </summary>
public sealed class Engine
{
    private readonly ArticleCoder _coder;

    private Engine(Lexicon lexicon)
    {
        Lexicon = lexicon;
        _coder = new ArticleCoder(lexicon, lexicon.Dictionaries.Version);
    }

    public Lexicon Lexicon { get; }

    /// <summary>A short content hash of the dictionary files in use.</summary>
    public string DictVersion => Lexicon.Dictionaries.Version;

    /// <summary>Loads and compiles the dictionaries in <paramref name="dataDirectory"/>; throws <see cref="DictionaryLoadException"/>.</summary>
    public static Engine Load(string dataDirectory) => new(new Lexicon(DictionaryLoader.Load(dataDirectory)));

    public CodedArticle Code(Article article) => _coder.Code(DocumentBuilder.Build(article));
}
