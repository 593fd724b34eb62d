using Entente.Records;

namespace Entente.Evaluation;

/// <summary>An event as the scorer compares it: actors, code and date.</summary>
public sealed record EventKey(string Source, string Target, string Code, string Date)
{
    public static EventKey Of(GoldEvent g) => new(g.Source, g.Target, g.Code, g.Date.ToString());

    /// <summary>Actors in the form the gold uses (country, else organization, else the full code).</summary>
    public static EventKey Of(EventRecord e) =>
        new(e.SourceCountry ?? e.SourceOrg ?? e.Source, e.TargetCountry ?? e.TargetOrg ?? e.Target, e.Code, e.Date.ToString());

    public override string ToString() => $"{Source}→{Target} {Code} {Date}";
}

/// <summary>
/// A missed required gold event (<see cref="Gold"/> set; <see cref="Extracted"/> is the nearest extracted event
/// behind the class) or a spurious extracted event (<see cref="Extracted"/> set; <see cref="Gold"/> the nearest gold).
/// <see cref="Text"/> is the gold evidence for a miss and the extracted sentence for a spurious event.
/// </summary>
public sealed record EventError(ErrorClass Class, string Text, EventKey? Gold, EventKey? Extracted)
{
    /// <summary>The extracted event's sentence index, for spurious events.</summary>
    public int? Sentence { get; init; }
}

/// <summary>A missed or spurious fact, described for people.</summary>
public sealed record FactError(string Kind, string Description, string Text);
