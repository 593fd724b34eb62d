using System.Diagnostics.CodeAnalysis;

namespace Entente.Sources;

/// <summary>One result of reading: an article, or the error that stood in its place.</summary>
public readonly record struct ReadItem
{
    private ReadItem(Article? article, ReadError? error) => (Article, Error) = (article, error);

    public Article? Article { get; }
    public ReadError? Error { get; }

    [MemberNotNullWhen(true, nameof(Error))]
    [MemberNotNullWhen(false, nameof(Article))]
    public bool IsError => Error is not null;

    public static implicit operator ReadItem(Article article) => new(article, null);
    public static implicit operator ReadItem(ReadError error) => new(null, error);
}
