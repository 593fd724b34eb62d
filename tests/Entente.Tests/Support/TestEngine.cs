using Entente.Sources;

namespace Entente.Tests.Support;

/// <summary>The engine on the shipped dictionaries, loaded once for the whole test run.</summary>
public static class TestEngine
{
    private static readonly Lazy<Engine> Shared = new(() => Engine.Load(DataDirectory));

    public static Engine Instance => Shared.Value;

    /// <summary>The repository's <c>data/</c> folder (copied next to the test assembly by the project file).</summary>
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    public static CodedArticle Code(string text, string published = "2025-07-18", string id = "t1") =>
        Instance.Code(new Article(id, null, text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
}
