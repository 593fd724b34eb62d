using Entente.Knowledge;
using Entente.Sources;
using Entente.Store;

namespace Entente.Web;

/// <summary>
/// What <c>entente serve</c> starts the API with: the knowledge base, the coder and reference data loaded once
/// from the dictionaries, and the API key that guards writes (none: writes are refused with 403).
/// </summary>
public sealed record WebOptions
{
    /// <summary>The default body limit of a request: 1 MB.</summary>
    public const long DefaultMaxBodyBytes = 1024 * 1024;

    public required StoreTarget Store { get; init; }

    /// <summary>The thread-safe coding function (an <see cref="Engine"/>'s <c>Code</c>).</summary>
    public required Func<Article, CodedArticle> Code { get; init; }

    public required ReferenceData Reference { get; init; }

    /// <summary>The key POST requests must carry in <c>X-Api-Key</c>; null or empty disables writing.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The addresses to listen on (<c>http://127.0.0.1:5080</c>); null leaves them to the host.</summary>
    public string? Urls { get; init; }

    public long MaxBodyBytes { get; init; } = DefaultMaxBodyBytes;
}
