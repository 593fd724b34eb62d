using Entente.Records;
using Entente.Recognition;

namespace Entente.Coding;

/// <summary>An event before it becomes a record: its actors, code, evidence tokens and what it rests on.</summary>
public sealed record EventCandidate(
    ActorRef Source,
    ActorRef Target,
    string Code,
    string Rule,
    int FirstToken,
    int LastToken,
    int Head,
    Modality Modality,
    bool FutureTense,
    double Confidence);
