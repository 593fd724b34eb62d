using Entente.Dictionaries;

namespace Entente.Recognition;

/// <summary>
/// One resolved actor: the full CAMEO-style code (<c>BLRGOV</c>, <c>IGOUNO</c>), its state or organization, and
/// what it rests on. <see cref="Title"/> is the role as written (<c>foreign minister</c>), for facts and discourse.
/// </summary>
public sealed record ActorRef(
    string Code,
    string? Country,
    string? Org,
    string? Person,
    string? Title,
    string? AgentCode,
    OfficeKind Office,
    EntryOrigin? Entry,
    bool FromDiscourse = false)
{
    /// <summary>The key the dyad and the evaluation use: the state, else the organization, else the code.</summary>
    public string Key => Country ?? Org ?? Code;
}
