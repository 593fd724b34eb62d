using System.Globalization;

namespace Entente.Evaluation;

/// <summary>The human evaluation report: totals, error classes, a per-file table, then every miss and spurious event.</summary>
public static class EvalTextReport
{
    public static void Write(EvalResult result, TextWriter w)
    {
        var o = result.Overall;
        w.WriteLine($"events      P {R(o.Precision)}  R {R(o.Recall)}  F1 {R(o.F1)}   {o.MatchedRequired}/{o.Required} required matched, {o.CorrectExtracted}/{o.Extracted} extracted correct");
        foreach (var (kind, c) in result.Facts.ByKind)
        {
            var label = kind == "office" ? "facts       " : "            ";
            w.WriteLine($"{label}{kind,-11} P {R(c.Precision)}  R {R(c.Recall)}  F1 {R(c.F1)}   {c.Matched}/{c.Gold} matched, {c.Correct}/{c.Extracted} correct");
        }
        w.WriteLine($"missed      {Histogram(result.MissedByClass)}");
        w.WriteLine($"spurious    {Histogram(result.SpuriousByClass)}");
        w.WriteLine();

        var idWidth = Math.Max(4, result.Files.Select(f => f.Id.Length).DefaultIfEmpty(0).Max());
        w.WriteLine($"{"file".PadRight(idWidth)}  {"P",5}  {"R",5}  {"F1",5}  {"required",9}  {"extracted",9}");
        foreach (var f in result.Files) w.WriteLine(FileRow(f.Id, f.Events, idWidth));
        w.WriteLine(FileRow("total", o, idWidth));

        foreach (var f in result.Files.Where(HasProblems))
        {
            w.WriteLine();
            w.WriteLine($"{f.Id}  P {R(f.Events.Precision)}  R {R(f.Events.Recall)}  F1 {R(f.Events.F1)}".TrimEnd());
            foreach (var m in f.Missed)
            {
                var near = m.Extracted is null ? "" : $"   extracted {m.Extracted}";
                w.WriteLine($"  missed    {m.Class.Name(),-15}  {m.Gold}{near}");
                w.WriteLine($"            “{Flat(m.Text)}”");
            }
            foreach (var s in f.Spurious)
            {
                var near = s.Gold is null ? "" : $"   gold {s.Gold}";
                w.WriteLine($"  spurious  {s.Class.Name(),-15}  {s.Extracted}{near}");
                w.WriteLine($"            “{Flat(s.Text)}”");
            }
            foreach (var m in f.MissedFacts) w.WriteLine($"  missed    {m.Kind + " fact",-15}  {m.Description}");
            foreach (var s in f.SpuriousFacts) w.WriteLine($"  spurious  {s.Kind + " fact",-15}  {s.Description}");
        }
        w.Flush();
    }

    private static bool HasProblems(FileResult f) =>
        f.Missed.Count + f.Spurious.Count + f.MissedFacts.Count + f.SpuriousFacts.Count > 0;

    private static string FileRow(string id, EventCounts c, int idWidth) =>
        $"{id.PadRight(idWidth)}  {R(c.Precision)}  {R(c.Recall)}  {R(c.F1)}  {$"{c.MatchedRequired}/{c.Required}",9}  {$"{c.CorrectExtracted}/{c.Extracted}",9}";

    private static string Histogram(IReadOnlyList<(ErrorClass Class, int Count)> classes) =>
        classes.Count == 0 ? "none" : string.Join(", ", classes.Select(c => $"{c.Class.Name()} {c.Count}"));

    private static string R(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "  –  ";

    private static string Flat(string text)
    {
        var flat = text.Replace('\n', ' ');
        return flat.Length <= 160 ? flat : flat[..159] + "…";
    }
}
