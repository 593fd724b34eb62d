namespace Entente.Compatibility.Records;

/// <summary>One expected event of a validation record, compared as strings (<c>---GOV</c> is an unknown actor's agent).</summary>
public sealed record ExpectedEvent(string Source, string Target, string Code)
{
    public override string ToString() => $"{Source} {Target} {Code}";
}

/// <summary>The <c>&lt;Config&gt;</c> options in force for a record (each one applies to all later records).</summary>
/// <param name="RequireDyad">An event needs both actors (<c>require_dyad</c>, default true).</param>
/// <param name="NewActorLength">PETRARCH-1 coded unknown noun phrases up to this many words as literal actors (<c>new_actor_length</c>); 0 is off.</param>
public sealed record RecordConfig(bool RequireDyad = true, int NewActorLength = 0)
{
    public static RecordConfig Default { get; } = new();
}

/// <summary>
/// One <c>&lt;Sentence&gt;</c> of a PETRARCH records file. <see cref="Problem"/> says why the record cannot be coded (no
/// id, no date, an unbalanced parse); such a record is reported and skipped, and the batch goes on.
/// </summary>
public sealed record PetrarchRecord
{
    public required string Id { get; init; }
    public required int Line { get; init; }
    public string? Category { get; init; }
    public DateOnly Date { get; init; }
    /// <summary>The <c>sentence</c> attribute as written (<c>true</c>, <c>True</c>, <c>false</c>), if any.</summary>
    public string? SentenceFlag { get; init; }
    /// <summary>The <c>source</c> attribute: the outlet (<c>AFP</c>).</summary>
    public string? Source { get; init; }
    public string Text { get; init; } = "";
    public IReadOnlyList<ExpectedEvent> Expected { get; init; } = [];
    /// <summary>The <c>error</c> a record expects PETRARCH to raise (<c>dateline</c>, <c>bad_input_parse</c>, <c>storydiscard</c>, ...).</summary>
    public string? ExpectedError { get; init; }
    public RecordConfig Config { get; init; } = RecordConfig.Default;
    public string? Problem { get; init; }

    public bool IsSentence => string.Equals(SentenceFlag, "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The <c>&lt;Environment&gt;</c> of a validation file: its dictionaries and the categories it includes.</summary>
public sealed record PetrarchEnvironment(
    IReadOnlyList<string> VerbFiles, IReadOnlyList<string> ActorFiles, IReadOnlyList<string> AgentFiles, IReadOnlyList<string> DiscardFiles,
    IReadOnlyList<string> Include);

/// <summary>Something read from a records file: a record, the environment, or a problem with the file itself.</summary>
public sealed record PetrarchRecordItem(PetrarchRecord? Record, PetrarchEnvironment? Environment, string? FileError, int Line);
