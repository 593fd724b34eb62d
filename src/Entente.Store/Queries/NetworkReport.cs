namespace Entente.Store.Queries;

/// <summary>
/// The relations among states in one period: each pair with events between them (either way) is an edge, each
/// state on an edge a node. <see cref="Events"/> counts the events of the edges shown; <see cref="Focus"/> is the
/// state whose neighbourhood was asked for, if any.
/// </summary>
public sealed record NetworkReport(
    string? From,
    string? To,
    int Events,
    int PairsInPeriod,
    IReadOnlyList<NetworkNode> Nodes,
    IReadOnlyList<NetworkEdge> Edges,
    string? Focus = null);

/// <summary>A state: its events on the edges shown, their mean Goldstein score, and how many partners it has there.</summary>
public sealed record NetworkNode(string Code, string? Name, int Events, double GoldsteinMean, int Partners);

/// <summary>
/// A pair of states (<see cref="A"/> before <see cref="B"/> in code order): events each way, cooperation
/// (quad 1–2) and conflict (quad 3–4), and the mean Goldstein score of all its events.
/// </summary>
public sealed record NetworkEdge(string A, string B, int Events, int AToB, int BToA, int Cooperation, int Conflict, double GoldsteinMean);
