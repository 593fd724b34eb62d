using System.Diagnostics;
using Entente.Compatibility.Readers;
using Entente.Compatibility.Records;
using Entente.Dictionaries;

namespace Entente.Compatibility.Validation;

/// <summary>
/// Runs a PETRARCH validation file: loads the dictionaries its <c>&lt;Environment&gt;</c> names (from the file's folder),
/// codes every record from its text under PETRARCH conventions and each record's <c>&lt;Config&gt;</c>, and compares the
/// set of produced <c>source target code</c> triples with the expected set. Records that expect no events or an error
/// expect nothing. Throws <see cref="DictionaryLoadException"/> when the dictionaries cannot be loaded.
/// </summary>
public static class PetrarchValidator
{
    public static ValidationResult Run(string recordsPath, string dataDirectory)
    {
        var items = PetrarchRecordReader.Read(recordsPath).ToList();
        var environment = items.Select(i => i.Environment).FirstOrDefault(e => e is not null)
            ?? throw new DictionaryLoadException([new DictionaryError(recordsPath, 0, "no <Environment> naming the dictionaries")]);
        var folder = Path.GetDirectoryName(Path.GetFullPath(recordsPath))!;
        string[] In(IEnumerable<string> names) => names.Select(n => Path.Combine(folder, n)).ToArray();
        var files = new PetrarchDictionaryFiles(In(environment.VerbFiles), In(environment.ActorFiles), In(environment.AgentFiles), In(environment.DiscardFiles));
        var clock = Stopwatch.StartNew();
        var engine = Engine.Create(PetrarchDictionaryLoader.Load(files, dataDirectory).Set, EngineOptions.Petrarch);
        var loadTime = clock.Elapsed;

        var include = new HashSet<string>(environment.Include, StringComparer.Ordinal);
        var engines = new Dictionary<RecordConfig, Engine>();
        var outcomes = new List<RecordOutcome>();
        var fileName = Path.GetFileName(recordsPath);
        foreach (var item in items)
        {
            if (item.FileError is { } fileError)
                throw new InvalidDataException($"{fileName}:{item.Line}: {fileError}");
            if (item.Record is not { } record) continue;
            var selected = record.Category is { } c && include.Contains(c) && record.IsSentence;
            var expected = record.Expected.Select(e => e.ToString()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (record.Problem is { } problem)
            {
                outcomes.Add(new RecordOutcome(record, selected, expected, [], expected.Count == 0 && record.ExpectedError is not null, problem));
                continue;
            }
            if (!engines.TryGetValue(record.Config, out var configured))
                engines[record.Config] = configured = engine.WithOptions(EngineOptions.Petrarch with { RequireDyad = record.Config.RequireDyad, NewActorLength = record.Config.NewActorLength });
            List<string> produced;
            string? error = null;
            try
            {
                produced = configured.Code(PetrarchArticles.ToArticle(record, fileName)).Events
                    .Select(e => $"{e.Source} {e.Target} {e.Code}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            }
            catch (Exception ex)
            {
                // One record that trips the coder must not end the run.
                (produced, error) = ([], $"coding failed: {ex.Message}");
            }
            outcomes.Add(new RecordOutcome(record, selected, expected, produced, error is null && expected.SequenceEqual(produced, StringComparer.Ordinal), error));
        }
        return new ValidationResult(recordsPath, outcomes, Categories(outcomes), loadTime);
    }

    /// <summary>Scores per category, in the order the file first names them.</summary>
    private static List<CategoryScore> Categories(List<RecordOutcome> outcomes) =>
        outcomes.GroupBy(o => o.Record.Category ?? "(none)", StringComparer.Ordinal)
            .Select(g => new CategoryScore(g.Key, g.Count(o => o.Exact), g.Count(), g.Count(o => o.Selected && o.Exact), g.Count(o => o.Selected)))
            .ToList();
}
