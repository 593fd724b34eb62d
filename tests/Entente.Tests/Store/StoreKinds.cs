namespace Entente.Tests.Store;

/// <summary>The two databases every store test runs on.</summary>
public static class StoreKinds
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All => new() { Sqlite, Postgres };
}
