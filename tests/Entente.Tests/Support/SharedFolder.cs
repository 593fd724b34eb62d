namespace Entente.Tests.Support;

/// <summary>
/// Locates <c>../shared</c> (evaluation sets, corpus, PETRARCH files) beside the repository. Tests that need it
/// skip with a message on a user's machine without it, and fail under <c>CI=true</c>, where it must be present.
/// </summary>
public static class SharedFolder
{
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Entente.slnx"))) continue;
            var shared = Path.Combine(dir.Parent?.FullName ?? dir.FullName, "shared");
            return Directory.Exists(shared) ? shared : null;
        }
        return null;
    }

    /// <summary>The path of <paramref name="relative"/> inside ../shared, or a skip (a failure under CI).</summary>
    public static string Require(string relative)
    {
        var shared = Find();
        var path = shared is null ? null : Path.Combine(shared, relative);
        if (path is not null && (File.Exists(path) || Directory.Exists(path))) return path;
        var message = $"../shared/{relative} is not present beside the repository";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message + " (required when CI=true)");
        Assert.Skip(message + "; skipping.");
        return "";
    }
}
