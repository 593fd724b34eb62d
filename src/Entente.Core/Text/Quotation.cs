namespace Entente.Text;

/// <summary>How a quotation's speaker was found.</summary>
public enum AttributionKind
{
    /// <summary><c>"...," X said</c> or <c>X said: "..."</c>.</summary>
    SaidVerb,
    /// <summary><c>according to X</c>.</summary>
    AccordingTo,
    /// <summary>A transcript line <c>Name, Title:</c> introducing the paragraph after it.</summary>
    TranscriptLine,
    /// <summary>A speaker label such as <c>SECRETARY BLINKEN:</c> opening a paragraph.</summary>
    SpeakerLabel,
}

/// <summary>
/// A stretch of reported words and who said them. <see cref="Span"/> covers the quoted words (for speaker labels,
/// the rest of the paragraph); <see cref="Speaker"/> covers the speaker's phrase as written (<c>Secretary Blinken</c>).
/// </summary>
public sealed record Quotation(TextSpan Span, TextSpan Speaker, AttributionKind Kind);
