using System.Text.RegularExpressions;
using Npgsql;

namespace Entente.Store;

public enum StoreKind : byte { Sqlite, Postgres }

/// <summary>
/// Where the knowledge base lives, from <c>--db</c>: an SQLite file path (the default <c>./entente.db</c>), or a
/// PostgreSQL connection string (<c>Host=...;Database=...</c>). <see cref="Display"/> names it without secrets.
/// </summary>
public sealed partial record StoreTarget(StoreKind Kind, string Value)
{
    public const string DefaultPath = "entente.db";

    public static StoreTarget Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return new StoreTarget(StoreKind.Sqlite, DefaultPath);
        return LooksLikeConnectionString().IsMatch(value) ? new StoreTarget(StoreKind.Postgres, value) : new StoreTarget(StoreKind.Sqlite, value);
    }

    /// <summary>The file, or <c>postgresql://host:port/database</c>: never the password.</summary>
    public string Display
    {
        get
        {
            if (Kind == StoreKind.Sqlite) return Value;
            try
            {
                var b = new NpgsqlConnectionStringBuilder(Value);
                var schema = string.IsNullOrEmpty(b.SearchPath) ? "" : $" (schema {b.SearchPath})";
                return $"postgresql://{b.Host}:{b.Port}/{b.Database ?? b.Username ?? ""}{schema}";
            }
            catch (ArgumentException)
            {
                return "postgresql (invalid connection string)";
            }
        }
    }

    public override string ToString() => Display;

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeConnectionString();
}
