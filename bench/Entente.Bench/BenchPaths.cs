namespace Entente.Bench;

/// <summary>Finds the repository's data folder and ../shared/corpus from wherever the benchmark runs.</summary>
internal static class BenchPaths
{
    public static string DataDirectory() => Path.Combine(RepositoryRoot() ?? ".", "data");

    public static string? CorpusPath()
    {
        var root = RepositoryRoot();
        if (root is null) return null;
        var path = Path.Combine(Path.GetDirectoryName(root) ?? root, "shared", "corpus", "state-dept-2021-2022.jsonl");
        return File.Exists(path) ? path : null;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Entente.slnx"))) return dir.FullName;
        return null;
    }
}
