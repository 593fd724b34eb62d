using Entente.Records;

namespace Entente.Tests.Support;

/// <summary>What the construction tests ask of coded events: is there one between these sides with this root?</summary>
public static class EventAsserts
{
    /// <summary>Events of <paramref name="text"/> coded on the shipped dictionaries.</summary>
    public static IReadOnlyList<EventRecord> Events(string text, string published = "2025-07-18") => TestEngine.Code(text, published).Events;

    /// <summary>True when an event goes from <paramref name="source"/> to <paramref name="target"/> (state, else organization) with this root.</summary>
    public static bool Has(IEnumerable<EventRecord> events, string source, string target, string root) =>
        events.Any(e => (e.SourceCountry ?? e.SourceOrg) == source && (e.TargetCountry ?? e.TargetOrg) == target && e.Root == root);
}
