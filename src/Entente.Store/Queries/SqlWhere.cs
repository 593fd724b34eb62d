using System.Data.Common;
using Entente.Store.Data;

namespace Entente.Store.Queries;

/// <summary>Builds a WHERE clause from the filters actually given, each value a parameter (never spliced into SQL).</summary>
internal sealed class SqlWhere
{
    private readonly List<string> _conditions = [];
    private readonly List<(string Name, object? Value)> _parameters = [];

    /// <summary>Adds a condition; <c>{0}</c>, <c>{1}</c>... in it stand for the parameters of <paramref name="values"/>.</summary>
    public SqlWhere Add(string condition, params object?[] values)
    {
        var names = new object[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var name = $"p{_parameters.Count}";
            _parameters.Add((name, values[i]));
            names[i] = "@" + name;
        }
        _conditions.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, condition, names));
        return this;
    }

    public string Sql => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions.Select(c => $"({c})"));

    /// <summary>A copy to add more conditions to without changing this one.</summary>
    public SqlWhere And(string condition, params object?[] values)
    {
        var copy = new SqlWhere();
        copy._conditions.AddRange(_conditions);
        copy._parameters.AddRange(_parameters);
        return copy.Add(condition, values);
    }

    public DbCommand Command(DbConnection connection, string sqlWithWhere, params (string Name, object? Value)[] extra) =>
        Db.Command(connection, null, sqlWithWhere, [.. _parameters, .. extra]);

    /// <summary>A LIKE pattern matching <paramref name="text"/> literally somewhere (escape character <c>\</c>).</summary>
    public static string Contains(string text) => "%" + Escape(text) + "%";

    public static string StartsWith(string text) => Escape(text) + "%";

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
