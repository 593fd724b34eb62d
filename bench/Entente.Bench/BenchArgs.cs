using System.Globalization;

namespace Entente.Bench;

/// <summary>The <c>--name N</c> options of the benchmark modes.</summary>
internal static class BenchArgs
{
    public static int Option(string[] args, string name, int byDefault)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : byDefault;
    }
}
