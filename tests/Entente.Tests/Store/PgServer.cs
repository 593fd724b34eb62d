using Npgsql;

namespace Entente.Tests.Store;

/// <summary>
/// The PostgreSQL server of the tests, from <c>ENTENTE_TEST_PG</c>. Without it (or when it is down) the
/// PostgreSQL half of each store test skips with a message, and fails under <c>CI=true</c>, where .ci/run starts one.
/// </summary>
internal static class PgServer
{
    public const string Variable = "ENTENTE_TEST_PG";

    private static readonly Lazy<string?> Problem = new(Check);

    /// <summary>The admin connection string, or a skip (a failure under CI).</summary>
    public static string Require()
    {
        var connection = Environment.GetEnvironmentVariable(Variable);
        var problem = connection is null ? $"{Variable} is not set" : Problem.Value;
        if (problem is null) return connection!;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail($"PostgreSQL tests cannot run: {problem} (required when CI=true; .ci/run starts a server)");
        Assert.Skip($"PostgreSQL tests skipped: {problem} (set {Variable}=\"Host=...;Port=...;Username=...;Database=postgres\" to run them)");
        return "";
    }

    private static string? Check()
    {
        try
        {
            using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
            connection.Open();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            return $"cannot reach the server in {Variable}: {ex.Message}";
        }
    }
}
