namespace Entente.Compatibility.Tabari;

/// <summary>An event before it becomes a record: actors, code, the pattern's id and the tokens it rests on.</summary>
internal sealed record TabariEvent(TabariActor Source, TabariActor Target, string Code, string Rule, int First, int Last);
