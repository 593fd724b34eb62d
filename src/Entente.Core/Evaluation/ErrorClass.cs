namespace Entente.Evaluation;

/// <summary>Why a required gold event was missed, or why an extracted event matched no gold.</summary>
public enum ErrorClass
{
    /// <summary>Nothing close was extracted (a miss).</summary>
    NotFound,
    /// <summary>Nothing close is in the gold (a spurious event).</summary>
    NoGold,
    /// <summary>Same sentence or date and root, but another source or target.</summary>
    WrongActor,
    /// <summary>Source and target swapped.</summary>
    WrongDirection,
    /// <summary>The other direction of a symmetric event was extracted, this one not (misses only).</summary>
    MissingTwin,
    /// <summary>Same actors and date, another root.</summary>
    WrongRoot,
    /// <summary>Same actors and root, the date disagrees.</summary>
    WrongDate,
}

public static class ErrorClassNames
{
    public static string Name(this ErrorClass c) => c switch
    {
        ErrorClass.NotFound => "not found",
        ErrorClass.NoGold => "no gold",
        ErrorClass.WrongActor => "wrong actor",
        ErrorClass.WrongDirection => "wrong direction",
        ErrorClass.MissingTwin => "missing twin",
        ErrorClass.WrongRoot => "wrong root",
        _ => "wrong date",
    };
}
