using Entente.Knowledge;
using Entente.Store;

namespace Entente.Web;

/// <summary>
/// Opens the knowledge base for one request (a <see cref="KnowledgeStore"/> is not thread-safe, so each request
/// has its own connection; the drivers pool them) and lets one article be written at a time.
/// </summary>
public sealed class StoreAccess(WebOptions options)
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly OfficeClassifier _offices = options.Reference.Offices();

    public WebOptions Options => options;

    public KnowledgeStore Open() => KnowledgeStore.Open(options.Store, create: false, pooled: true);

    /// <summary>Stores a coded article; false when it was stored before.</summary>
    public async Task<bool> WriteAsync(CodedArticle coded, CancellationToken cancellation)
    {
        var digest = ArticleDigest.Of(coded, _offices);
        await _writer.WaitAsync(cancellation);
        try
        {
            using var store = Open();
            return store.Write(digest);
        }
        finally
        {
            _writer.Release();
        }
    }
}
