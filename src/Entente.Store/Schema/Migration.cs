using System.Globalization;
using System.Reflection;

namespace Entente.Store.Schema;

/// <summary>One versioned schema script, embedded per dialect as <c>Migrations/DIALECT/NNN-name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>The migrations of a dialect, in version order.</summary>
    public static IReadOnlyList<Migration> For(string dialectFolder)
    {
        var assembly = typeof(Migration).Assembly;
        var prefix = dialectFolder + "/";
        return assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Path: name.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal) && r.Path.EndsWith(".sql", StringComparison.Ordinal))
            .Select(r => Load(assembly, r.Resource, Path.GetFileNameWithoutExtension(r.Path)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    /// <summary>The schema version this build of Entente writes.</summary>
    public static int Latest(string dialectFolder) => For(dialectFolder).Max(m => m.Version);

    private static Migration Load(Assembly assembly, string resource, string fileName)
    {
        var dash = fileName.IndexOf('-');
        var version = int.Parse(dash < 0 ? fileName : fileName[..dash], NumberStyles.None, CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, dash < 0 ? fileName : fileName[(dash + 1)..], reader.ReadToEnd());
    }
}
