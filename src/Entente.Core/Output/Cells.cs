using System.Globalization;
using Entente.Records;

namespace Entente.Output;

/// <summary>Field values as the text formats (TSV, table) print them.</summary>
internal static class Cells
{
    /// <summary>Tabs and line breaks would break a row; they become spaces.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        return value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0
            ? value
            : value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }

    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The words the event rests on, cut to <paramref name="max"/> characters.</summary>
    public static string Evidence(CodedArticle article, EventRecord e, int max)
    {
        var text = article.Article.Text;
        var span = e.Span;
        var evidence = span.Start >= 0 && span.End <= text.Length && span.Length > 0 ? text[span.Start..span.End] : e.Text;
        evidence = Clean(evidence);
        return evidence.Length <= max ? evidence : evidence[..(max - 1)] + "…";
    }

    /// <summary>One line describing a fact, for people.</summary>
    public static string Describe(FactRecord fact) => Clean(fact switch
    {
        OfficeFact o => $"{o.Person} — {o.Role} ({o.Country}{Range(o.From, o.To)})",
        MembershipFact m => $"{m.Country} {m.Status} of {m.Org}{(m.Since is { } s ? $" since {s}" : "")}",
        AgreementFact a => $"{string.Join(", ", a.Parties)}: {a.Subject ?? "agreement"}{(a.Signed is { } d ? $", signed {d}" : "")}",
        _ => fact.Text,
    });

    private static string Range(PartialDate? from, PartialDate? to) => (from, to) switch
    {
        (null, null) => "",
        (_, null) => $", from {from}",
        (null, _) => $", until {to}",
        _ => $", {from}–{to}",
    };
}
