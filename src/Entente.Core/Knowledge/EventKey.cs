using Entente.Records;

namespace Entente.Knowledge;

/// <summary>
/// What makes two reports the same event: the same date (as precise as stated), source, target and code. Many
/// articles repeating one event collapse onto one key; each report stays a mention.
/// </summary>
public readonly record struct EventKey(string Date, string Source, string Target, string Code)
{
    public static EventKey Of(EventRecord e) => new(e.Date.ToString(), e.Source, e.Target, e.Code);

    public override string ToString() => $"{Date} {Source}→{Target} {Code}";
}
