using System.Buffers;
using System.Text.Json;
using Entente.Cli;
using Entente.Knowledge;
using Entente.Output;
using Entente.Records;
using Entente.Store;
using Entente.Store.Queries;
using Entente.Tests.Output;
using Entente.Tests.Sources;
using Parquet;
using Parquet.Schema;
using static Entente.Tests.Support.ParquetColumns;

namespace Entente.Tests.Store;

/// <summary>
/// <c>entente export</c> on both databases: one row per merged event with its earliest mention and counts, in date
/// order, in each format; filters; Parquet that reads back; and an <c>-o</c> file that a failure never half-writes.
/// </summary>
public sealed class ExportTests(StoreDatabases databases) : IClassFixture<StoreDatabases>, IDisposable
{
    private static readonly string[] Counts = ["mentions", "articles", "outlets"];

    private readonly TempFolder _files = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _files.Dispose();

    /// <summary>
    /// Four articles written for this test: x1 and x2 report the same condemnation (one event, two mentions, two
    /// outlets; x1 is stored first, so its mention represents the event), x3 and x4 report other events on other days.
    /// </summary>
    private async Task<string> KnowledgeBase(string kind)
    {
        var db = databases.New(kind);
        var corpus = _files.Write($"export-{kind}.jsonl",
            StoreCli.Line("x1", "Chile condemned Peru on Monday.", "2025-03-12", "Andes Daily")
            + StoreCli.Line("x2", "In Santiago, Chile condemned Peru on Monday.", "2025-03-12", "Lima Post")
            + StoreCli.Line("x3", "Peru praised Chile on Friday. Bolivia criticized Ecuador on Friday over fishing rights.", "2025-05-09", "Andes Daily")
            + StoreCli.Line("x4", "Norway thanked Kenya for its help on Tuesday.", "2025-01-08", "Nordic Wire"));
        var ingest = await StoreCli.Run("ingest", corpus, "--db", db);
        Assert.True(ingest.Exit == 0, ingest.Err);
        return db;
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Jsonl_is_one_contract_record_per_merged_event_with_its_earliest_mention_and_counts(string kind)
    {
        var db = await KnowledgeBase(kind);

        var result = await StoreCli.Run("export", "--db", db);

        Assert.True(result.Exit == 0, result.Err);
        Assert.Equal("", result.Err);
        var records = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(StoreProbe.Counts(db).Events, records.Count);
        Assert.True(records.Count >= 4, $"{records.Count} events");
        var contract = ContractKeys();
        foreach (var r in records)
        {
            var keys = r.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(contract.Where(k => keys.Contains(k) || k is not ("source_entry" or "target_entry")), keys);
            Assert.Equal("event", r.GetProperty("kind").GetString());
            Assert.False(string.IsNullOrEmpty(r.GetProperty("text").GetString()));
            Assert.False(string.IsNullOrEmpty(r.GetProperty("dict_version").GetString()));
        }
        var days = records.Select(r => DayOf(r.GetProperty("date").GetString()!)).ToList();
        Assert.Equal(days.Order(), days);

        var merged = Assert.Single(records, r => r.GetProperty("code").GetString() == "111" && r.GetProperty("source").GetString() == "CHL");
        Assert.Equal(("2025-03-10", "day", "CHL", "PER"), (merged.GetProperty("date").GetString(), merged.GetProperty("date_precision").GetString(),
            merged.GetProperty("source").GetString(), merged.GetProperty("target").GetString()));
        Assert.Equal(("x1", 0, "condemn", "Chile condemned Peru on Monday."), (merged.GetProperty("article").GetString(), merged.GetProperty("sentence").GetInt32(),
            merged.GetProperty("rule").GetString(), merged.GetProperty("text").GetString()));
        Assert.Equal([0, 20], merged.GetProperty("span").EnumerateArray().Select(x => x.GetInt32()));
        Assert.Equal([2, 2, 2], Counts.Select(c => merged.GetProperty(c).GetInt32()));
        Assert.StartsWith("countries.txt:", merged.GetProperty("source_entry").GetString());
        Assert.All(records.Where(r => r.GetProperty("article").GetString() != "x1"), r => Assert.Equal(1, r.GetProperty("mentions").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Every_exported_event_carries_the_evidence_and_counts_that_entente_events_shows(string kind)
    {
        var db = await KnowledgeBase(kind);

        var exported = (await StoreCli.Run("export", "--db", db)).OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var listed = (await StoreCli.Json("events", "--limit", "1000", "--db", db)).EnumerateArray().ToList();

        Assert.Equal(listed.Count, exported.Count);
        foreach (var e in listed)
        {
            var x = Assert.Single(exported, r => Key(r) == Key(e));
            var evidence = e.GetProperty("evidence");
            Assert.Equal(evidence.GetProperty("article").GetString(), x.GetProperty("article").GetString());
            Assert.Equal(evidence.GetProperty("sentence").GetInt32(), x.GetProperty("sentence").GetInt32());
            Assert.Equal(evidence.GetProperty("span").EnumerateArray().Select(i => i.GetInt32()), x.GetProperty("span").EnumerateArray().Select(i => i.GetInt32()));
            Assert.Equal(evidence.GetProperty("text").GetString(), x.GetProperty("text").GetString());
            Assert.Equal(evidence.GetProperty("rule").GetString(), x.GetProperty("rule").GetString());
            Assert.Equal(evidence.GetProperty("source_text").GetString(), x.GetProperty("source_text").GetString());
            Assert.Equal(e.GetProperty("num_mentions").GetInt32(), x.GetProperty("mentions").GetInt32());
            Assert.Equal(e.GetProperty("num_articles").GetInt32(), x.GetProperty("articles").GetInt32());
            Assert.Equal(e.GetProperty("num_sources").GetInt32(), x.GetProperty("outlets").GetInt32());
            Assert.Equal(e.GetProperty("goldstein").GetDouble(), x.GetProperty("goldstein").GetDouble());
            Assert.Equal(e.GetProperty("modality").GetString(), x.GetProperty("modality").GetString());
        }

        static string Key(JsonElement r) => string.Join('|', new[] { "date", "source", "target", "code" }.Select(k => r.GetProperty(k).GetString()));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Dates_sides_and_code_prefixes_narrow_the_export(string kind)
    {
        var db = await KnowledgeBase(kind);

        var march = await StoreCli.Run("export", "--from", "2025-03", "--to", "2025-03-31", "--db", db);
        var fromMay = await StoreCli.Run("export", "--from", "2025-05-09", "--format", "tsv", "--db", db);
        var untilJanuary = await StoreCli.Run("export", "--to", "2025-01", "--format", "csv", "--db", db);
        var condemn = await StoreCli.Run("export", "--source", "chl", "--target", "PER", "--code", "11*", "--db", db);
        var none = await StoreCli.Run("export", "--from", "2030", "--format", "csv", "--db", db);

        Assert.All(new[] { march, fromMay, untilJanuary, condemn, none }, r => Assert.True(r.Exit == 0, r.Err));
        Assert.Equal(StoreProbe.Scalar(db, "SELECT count(*) FROM events WHERE day BETWEEN 20250301 AND 20250331"), march.OutLines.Length);
        Assert.All(march.OutLines, l => Assert.StartsWith("2025-03", JsonDocument.Parse(l).RootElement.GetProperty("date").GetString()));
        Assert.Equal(StoreProbe.Scalar(db, "SELECT count(*) FROM events WHERE day >= 20250509"), fromMay.OutLines.Length - 1);
        Assert.All(fromMay.OutLines.Skip(1), l => Assert.True(DayOf(l.Split('\t')[0]) >= 20250509, l));
        Assert.Equal(StoreProbe.Scalar(db, "SELECT count(*) FROM events WHERE day <= 20250131"), untilJanuary.OutLines.Length - 1);
        Assert.NotEqual(0, untilJanuary.OutLines.Length - 1);
        var e = JsonDocument.Parse(Assert.Single(condemn.OutLines)).RootElement;
        Assert.Equal(("111", "x1"), (e.GetProperty("code").GetString(), e.GetProperty("article").GetString()));
        Assert.Equal(string.Join(',', CsvEventWriter.Columns) + "\r\n", none.Out);
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Tsv_and_csv_have_the_writers_columns_one_row_per_event(string kind)
    {
        var db = await KnowledgeBase(kind);
        var events = StoreProbe.Counts(db).Events;

        var tsv = await StoreCli.Run("export", "--format", "tsv", "--db", db);
        var csv = await StoreCli.Run("export", "-f", "csv", "--db", db);

        Assert.True(tsv.Exit == 0, tsv.Err);
        Assert.Equal(TsvRecordWriter.Header, tsv.OutLines[0]);
        Assert.Equal(events, tsv.OutLines.Length - 1);
        var row = Assert.Single(tsv.OutLines, l => l.StartsWith("2025-03-10\tCHL\tPER\t111\t", StringComparison.Ordinal)).Split('\t');
        Assert.Equal(13, row.Length);
        Assert.Equal(("11", "3", "CHL", "PER", "x1", "0", "condemn"), (row[4], row[5], row[7], row[8], row[10], row[11], row[12]));

        Assert.True(csv.Exit == 0, csv.Err);
        var lines = csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', CsvEventWriter.Columns), lines[0]);
        Assert.Equal(events, lines.Length - 1);
        Assert.DoesNotContain('\n', csv.Out.Replace("\r\n", "", StringComparison.Ordinal));
        var fields = Assert.Single(lines, l => l.StartsWith("2025-03-10,CHL,PER,111,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(CsvEventWriter.Columns.Count, fields.Length);
        var column = (string name) => fields[CsvEventWriter.Columns.ToList().IndexOf(name)];
        Assert.Equal(("x1", "condemn", "asserted", "CHL", "PER"), (column("article"), column("rule"), column("modality"), column("source_text"), column("target_text")));
        Assert.Equal(("2", "2", "2"), (column("mentions"), column("articles"), column("outlets")));
        Assert.Equal(tsv.OutLines.Skip(1).Select(l => l.Split('\t')[0]), lines.Skip(1).Select(l => l.Split(',')[0]));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task Parquet_written_to_a_file_or_redirected_output_reads_back(string kind)
    {
        var db = await KnowledgeBase(kind);
        var file = Path.Combine(_files.Path, $"events-{kind}.parquet");
        var jsonl = (await StoreCli.Run("export", "--db", db)).OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var toFile = await StoreCli.Run("export", "--format", "parquet", "-o", file, "--db", db);
        var (exit, piped, err) = await RunBinary("export", "--format", "parquet", "--from", "2025-03", "--db", db);

        Assert.True(toFile.Exit == 0, toFile.Err);
        Assert.Equal("", toFile.Out);
        Assert.False(File.Exists(file + ".tmp"));
        await using (var stream = File.OpenRead(file))
        {
            await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: Cancel);
            Assert.Equal(ParquetEventWriter.Schema.DataFields.Select(f => f.Name), reader.Schema.DataFields.Select(f => f.Name));
            using var group = reader.OpenRowGroupReader(0);
            Assert.Equal(1, reader.RowGroupCount);
            Assert.Equal(jsonl.Count, group.RowCount);
            Assert.Equal(jsonl.Select(r => r.GetProperty("date").GetString()), await Strings(reader, group, "date"));
            Assert.Equal(jsonl.Select(r => r.GetProperty("article").GetString()), await Strings(reader, group, "article"));
            Assert.Equal(jsonl.Select(r => r.GetProperty("code").GetString()), await Strings(reader, group, "code"));
            Assert.Equal(jsonl.Select(r => r.GetProperty("span")[0].GetInt32()), await Values<int>(reader, group, "span_start"));
            Assert.Equal(jsonl.Select(r => r.GetProperty("span")[1].GetInt32()), await Values<int>(reader, group, "span_end"));
            Assert.Equal(jsonl.Select(r => r.GetProperty("confidence").GetDouble()), await Values<double>(reader, group, "confidence"));
            foreach (var name in Counts)
                Assert.Equal(jsonl.Select(r => (int?)r.GetProperty(name).GetInt32()), await Nullables<int>(reader, group, name));
        }

        Assert.True(exit == 0, err);
        await using var fromStdout = await ParquetReader.CreateAsync(new MemoryStream(piped), cancellationToken: Cancel);
        using var rows = fromStdout.OpenRowGroupReader(0);
        Assert.Equal(StoreProbe.Scalar(db, "SELECT count(*) FROM events WHERE day >= 20250301"), rows.RowCount);
    }

    [Fact]
    public async Task Parquet_is_refused_on_a_terminal_with_a_usage_error()
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var context = new CliContext { Out = output, Error = error, OpenInput = () => new MemoryStream(), OutIsTerminal = true };

        var exit = await CliApp.RunAsync(["export", "--format", "parquet", "--db", Path.Combine(_files.Path, "missing.db")], context, Cancel);

        Assert.Equal(2, exit);
        Assert.Equal(0, output.Length);
        Assert.Equal("entente: Parquet is binary and is not written to a terminal: give -o FILE, or redirect standard output\n", error.ToString());
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task A_failure_halfway_leaves_the_output_file_as_it_was(string kind)
    {
        var db = databases.New(kind);
        var corpus = GeneratedCorpus.Write(Path.Combine(_files.Path, $"generated-{kind}.jsonl"), 300);
        Assert.Equal(0, (await StoreCli.Run("ingest", corpus, "--db", db)).Exit);
        var good = Path.Combine(_files.Path, $"good-{kind}.jsonl");
        Assert.Equal(0, (await StoreCli.Run("export", "-o", good, "--db", db)).Exit);
        Assert.True(new FileInfo(good).Length > 128 * 1024, "enough rows that some reach the file before the bad one");
        // An event whose date cannot be read, sorted after every other: the export fails after writing the rest.
        Execute(db, """
            INSERT INTO events (date, date_precision, day, source, target, source_key, target_key, code, root, quad_class, goldstein, modality,
                                confidence, num_mentions, num_articles, num_sources, first_article_id)
            SELECT 'late', 'day', 99991231, source, target, source_key, target_key, code, root, quad_class, goldstein, modality,
                   confidence, 1, 1, 1, first_article_id FROM events WHERE id = (SELECT min(id) FROM events)
            """);
        Execute(db, """
            INSERT INTO mentions (event_id, article_id, sentence, span_start, span_end, source_text, target_text, rule, confidence, modality)
            SELECT (SELECT id FROM events WHERE date = 'late'), article_id, sentence, span_start, span_end, source_text, target_text, rule, confidence, modality
            FROM mentions WHERE id = (SELECT min(id) FROM mentions)
            """);
        var before = File.ReadAllBytes(good);
        var fresh = Path.Combine(_files.Path, $"fresh-{kind}.parquet");

        var replace = await StoreCli.Run("export", "-o", good, "--db", db);
        var create = await StoreCli.Run("export", "--format", "parquet", "-o", fresh, "--db", db);

        foreach (var failed in new[] { replace, create })
        {
            Assert.Equal(2, failed.Exit);
            Assert.Matches(@"^entente: event \d+ has an invalid date 'late'\n$", failed.Err);
        }
        Assert.Equal(before, File.ReadAllBytes(good));
        Assert.False(File.Exists(fresh));
        Assert.Empty(Directory.GetFiles(_files.Path, "*.tmp"));
    }

    [Fact]
    public async Task Database_and_output_errors_are_one_line_and_create_no_file()
    {
        var missing = Path.Combine(_files.Path, "missing.db");
        var file = Path.Combine(_files.Path, "out.csv");
        var db = await KnowledgeBase(StoreKinds.Sqlite);

        var noDb = await StoreCli.Run("export", "-f", "csv", "-o", file, "--db", missing);
        var noFolder = await StoreCli.Run("export", "-o", Path.Combine(_files.Path, "no", "such", "out.jsonl"), "--db", db);
        var badFormat = await StoreCli.Run("export", "--format", "xml", "--db", db);
        var badCode = await StoreCli.Run("export", "--code", "1x", "--db", db);

        Assert.Equal(2, noDb.Exit);
        Assert.Equal($"entente: no knowledge base at {missing} (create one with 'entente ingest FILES --db {missing}')\n", noDb.Err);
        Assert.Equal(2, noFolder.Exit);
        Assert.StartsWith("entente: cannot write ", noFolder.Err);
        Assert.Single(noFolder.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, badFormat.Exit);
        Assert.Equal(2, badCode.Exit);
        Assert.Contains("invalid --code '1x'", badCode.Err);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(_files.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(StoreKinds.All), MemberType = typeof(StoreKinds))]
    public async Task The_query_streams_and_a_reader_stopped_early_leaves_the_store_usable(string kind)
    {
        var db = databases.New(kind);
        var corpus = GeneratedCorpus.Write(Path.Combine(_files.Path, $"stream-{kind}.jsonl"), 200);
        Assert.Equal(0, (await StoreCli.Run("ingest", corpus, "--db", db)).Exit);
        using var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: false);
        var total = store.Counts().Events;

        var lazy = ExportQuery.Stream(store, new EventFilter(), withText: true);
        var first = lazy.Take(3).ToList();
        var all = ExportQuery.Stream(store, new EventFilter { Limit = 1 }, withText: false).ToList();

        Assert.Equal(3, first.Count);
        Assert.Equal(total, all.Count);
        Assert.True(total > 100, $"{total} events");
        Assert.Equal(first.Select(e => e.Id), all.Take(3).Select(e => e.Id));
        Assert.All(all, e => Assert.Equal("", e.Record.Text));
        Assert.All(first, e => Assert.NotEqual("", e.Record.Text));
        var order = all.Select(e => (DayNumber.First(e.Record.Date), e.Id)).ToList();
        Assert.Equal(order.Order(), order);
        Assert.Equal(store.Counts().Mentions, all.Sum(e => (long)e.Mentions));
    }

    /// <summary>The keys <see cref="RecordJson"/> writes for an event with every optional field, then the counts.</summary>
    private static List<string> ContractKeys()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer)) RecordJson.WriteEvent(json, Sample.Event with { SourceEntry = "a.txt:1", TargetEntry = "b.txt:2" });
        return [.. JsonDocument.Parse(buffer.WrittenMemory).RootElement.EnumerateObject().Select(p => p.Name), .. Counts];
    }

    private static int DayOf(string date) =>
        PartialDate.TryParse(date, out var d) ? DayNumber.First(d) : throw new FormatException($"not a date: {date}");

    private static void Execute(string db, string sql)
    {
        using var store = KnowledgeStore.Open(StoreTarget.Parse(db), create: false);
        store.Read(connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteNonQuery();
        });
    }

    /// <summary>The command line in-process with standard output kept as bytes (redirected, not a terminal).</summary>
    private static async Task<(int Exit, byte[] Out, string Err)> RunBinary(params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        var context = new CliContext { Out = output, Error = error, OpenInput = () => new MemoryStream() };
        var exit = await CliApp.RunAsync(args, context, Cancel);
        return (exit, output.ToArray(), error.ToString());
    }
}
