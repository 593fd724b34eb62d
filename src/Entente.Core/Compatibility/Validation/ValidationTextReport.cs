using System.Globalization;

namespace Entente.Compatibility.Validation;

/// <summary>The readable validation report: exact matches per category and overall, then every failure.</summary>
public static class ValidationTextReport
{
    public static void Write(ValidationResult result, TextWriter w)
    {
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine($"PETRARCH validation of {Path.GetFileName(result.File)}: records coded exactly as expected");
        w.WriteLine(string.Create(inv, $"(dictionaries loaded in {result.LoadTime.TotalSeconds:0.00} s; 'selected' = in the file's <Include> categories and sentence=\"true\")"));
        w.WriteLine();
        w.WriteLine($"{"category",-12} {"all",10} {"selected",10}");
        foreach (var c in result.Categories)
            w.WriteLine($"{c.Category,-12} {$"{c.Exact}/{c.Total}",10} {$"{c.SelectedExact}/{c.SelectedTotal}",10}");
        w.WriteLine($"{"overall",-12} {$"{result.Exact}/{result.Total}",10} {$"{result.SelectedExact}/{result.SelectedTotal}",10}");
        var failures = result.Outcomes.Where(o => !o.Exact).ToList();
        if (failures.Count == 0) return;
        w.WriteLine();
        w.WriteLine($"Failures ({failures.Count}):");
        foreach (var o in failures)
        {
            w.WriteLine($"{o.Record.Id} [{o.Record.Category}]{(o.Selected ? "" : " (not selected)")}: {o.Record.Text}");
            w.WriteLine($"    expected: {List(o.Expected)}");
            w.WriteLine($"    produced: {List(o.Produced)}");
            if (o.Error is not null) w.WriteLine($"    error: {o.Error}");
        }
    }

    private static string List(IReadOnlyList<string> events) => events.Count == 0 ? "(nothing)" : string.Join("; ", events);
}
