using Entente.Coding;
using Entente.Compatibility.Tabari;
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
    private readonly Lazy<TabariCoder> _tabari;
    private readonly DiscardMatcher _discards;

    private Engine(Lexicon lexicon, EngineOptions options, Lazy<TabariCoder>? tabari = null, DiscardMatcher? discards = null)
    {
        Lexicon = lexicon;
        Options = options;
        _coder = new ArticleCoder(lexicon, lexicon.Dictionaries.Version);
        _tabari = tabari ?? new Lazy<TabariCoder>(() => new TabariCoder(lexicon));
        _discards = discards ?? new DiscardMatcher(lexicon.Dictionaries.Discards);
    }

    public Lexicon Lexicon { get; }

    public EngineOptions Options { get; }

    /// <summary>A short content hash of the dictionary files in use.</summary>
    public string DictVersion => Lexicon.Dictionaries.Version;

    /// <summary>Loads and compiles the dictionaries in <paramref name="dataDirectory"/>; throws <see cref="DictionaryLoadException"/>.</summary>
    public static Engine Load(string dataDirectory) => Create(DictionaryLoader.Load(dataDirectory));

    /// <summary>Compiles a loaded dictionary set (Entente's own or an imported one) with the given options.</summary>
    public static Engine Create(DictionarySet set, EngineOptions? options = null) => new(new Lexicon(set), options ?? EngineOptions.Default);

    /// <summary>The same compiled dictionaries with other options (cheap: nothing is compiled again).</summary>
    public Engine WithOptions(EngineOptions options) => new(Lexicon, options, _tabari, _discards);

    public CodedArticle Code(Article article)
    {
        var doc = DocumentBuilder.Build(article);
        if (!Options.HonourDiscards || _discards.IsEmpty) return CodeDocument(doc);
        var (story, sentences) = _discards.Find(doc);
        if (story) return new CodedArticle(article, [], [], doc.Sentences.Length, doc.Tokens.Count(t => t.IsWord));
        var coded = CodeDocument(doc);
        if (sentences.Count == 0) return coded;
        return coded with
        {
            Events = coded.Events.Where(e => !sentences.Contains(e.Sentence)).ToList(),
            Facts = coded.Facts.Where(f => !sentences.Contains(f.Sentence)).ToList(),
        };
    }

    private CodedArticle CodeDocument(Document doc) => Options.Conventions == CodingConventions.Petrarch
        ? _tabari.Value.Code(doc, Options)
        : _coder.Code(doc);
}
