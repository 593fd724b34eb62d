namespace Entente.Tests.Sources;

/// <summary>
/// Paths of the files under <c>tests/Entente.Tests/Fixtures</c>, found from the test binary by walking up to the
/// repository root, so the fixtures need no copy step.
/// </summary>
public static class Fixtures
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var fixtures = System.IO.Path.Combine(dir.FullName, "tests", "Entente.Tests", "Fixtures");
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Entente.slnx")) && Directory.Exists(fixtures)) return fixtures;
        }
        throw new DirectoryNotFoundException("tests/Entente.Tests/Fixtures not found above " + AppContext.BaseDirectory);
    }
}
