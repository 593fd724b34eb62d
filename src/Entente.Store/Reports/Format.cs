using System.Globalization;
using Entente.Store.Queries;

namespace Entente.Store.Reports;

/// <summary>Cell texts shared by the reports.</summary>
internal static class Format
{
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static Cell Goldstein(double? value) => value is not { } v ? new Cell("–", Tone.Muted)
        : new Cell(v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture), v > 0 ? Tone.Good : v < 0 ? Tone.Bad : Tone.Plain);

    public static Cell Quad(int quadClass) => new(quadClass.ToString(CultureInfo.InvariantCulture), QuadClasses.IsCooperation(quadClass) ? Tone.Good : Tone.Bad);

    public static string Clip(string? text, int max = 110)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= max ? flat : flat[..(max - 1)].TrimEnd() + "…";
    }

    public static string Side(string code, string? name) => name is null ? code : $"{code} ({name})";

    public static string Evidence(FactEvidence? evidence) => evidence is null ? ""
        : $"{Count(evidence.Articles)} article(s), latest {evidence.Published} {evidence.Article}#{evidence.Sentence}: {Clip(evidence.Text, 90)}";

    /// <summary>An event in one line; the code is coloured by its quad class, the reports column is mentions/articles/outlets.</summary>
    public static IReadOnlyList<Cell> EventRow(EventSummary e) =>
    [
        e.Date, e.Source, e.Target, Quad(e.QuadClass) with { Text = e.Code }, Goldstein(e.Goldstein),
        $"{e.NumMentions}/{e.NumArticles}/{e.NumSources}", new Cell(Clip(e.Evidence?.Text), Tone.Muted),
    ];

    public static readonly string[] EventColumns = ["date", "source", "target", "code", "goldstein", "m/a/o", "sentence"];
}
