using System.Security.Cryptography;
using System.Text;

namespace Entente.Sources;

/// <summary>One news article as read from any source. <see cref="Text"/> is what every offset points into.</summary>
public sealed record Article(
    string Id,
    string? Title,
    string Text,
    DateOnly Published,
    string? Outlet = null,
    string? Url = null,
    string? Origin = null)
{
    /// <summary>The stable id of a text that came without one: the first 16 hex digits of its SHA-256.</summary>
    public static string ContentId(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
