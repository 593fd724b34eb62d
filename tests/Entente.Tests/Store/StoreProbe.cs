using Entente.Store;

namespace Entente.Tests.Store;

/// <summary>Reads a knowledge base's tables directly, to check what a command left behind.</summary>
internal static class StoreProbe
{
    public static long Scalar(string db, string sql)
    {
        using var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: false);
        return store.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    public static List<object?[]> Rows(string db, string sql)
    {
        using var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: false);
        return store.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var values = new object?[reader.FieldCount];
                for (var i = 0; i < values.Length; i++) values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) is var v && v is int or long or short ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : reader.GetValue(i);
                rows.Add(values);
            }
            return rows;
        });
    }

    public static StoreCounts Counts(string db)
    {
        using var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: false);
        return store.Counts();
    }
}
