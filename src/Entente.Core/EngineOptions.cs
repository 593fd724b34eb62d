namespace Entente;

/// <summary>Whose conventions decide who did what to whom in a sentence.</summary>
public enum CodingConventions : byte
{
    /// <summary>Entente's coder: subjects and objects by its shallow grammar, modality, facts (the default).</summary>
    Entente,
    /// <summary>
    /// TABARI/PETRARCH-1 conventions, for coding with imported PETRARCH dictionaries: the first actor phrase is the
    /// source, the first one after the verb the target, patterns place them with <c>+</c>/<c>$</c>/<c>%</c>, agents
    /// without a state give <c>---GOV</c>, negation and intent are left to the patterns, the record date dates actors.
    /// </summary>
    Petrarch,
}

/// <summary>How an <see cref="Engine"/> codes. The default is Entente's behaviour; every PETRARCH convention is opt-in.</summary>
public sealed record EngineOptions
{
    public static EngineOptions Default { get; } = new();

    /// <summary>The conventions PETRARCH's validation suite and batch files expect.</summary>
    public static EngineOptions Petrarch { get; } = new() { Conventions = CodingConventions.Petrarch, HonourDiscards = true };

    public CodingConventions Conventions { get; init; }

    /// <summary>Drop the sentences and stories that the dictionaries' discard lists name.</summary>
    public bool HonourDiscards { get; init; }

    /// <summary>
    /// PETRARCH's <c>require_dyad</c>: an event needs a known source and a known target. When false, an event whose
    /// other actor is unknown is kept with <c>---</c> in its place (only under PETRARCH conventions).
    /// </summary>
    public bool RequireDyad { get; init; } = true;

    /// <summary>
    /// PETRARCH-1's <c>new_actor_length</c>: under PETRARCH conventions, a subject or object noun phrase that names no
    /// known actor but has at most this many words is coded as a literal actor (<c>"INJURY TOLL"</c>). 0 is off.
    /// </summary>
    public int NewActorLength { get; init; }
}
