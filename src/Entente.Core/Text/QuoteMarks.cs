namespace Entente.Text;

/// <summary>
/// A quoted stretch: the opening mark's token, the closing mark's token (or the paragraph end when the quote runs on
/// into the next paragraph, as news style does), and the paragraph.
/// </summary>
internal readonly record struct QuoteSegment(int Open, int Close, int Paragraph, bool Closed)
{
    public int ContentFirst => Open + 1;
    public int ContentEnd => Close;
}

/// <summary>
/// Pairs quotation marks within each paragraph. Curly and guillemet marks say which way they face; straight double
/// quotes alternate; curly single quotes count only outside double ones (an apostrophe is never a closing mark
/// unless a single quote is open).
/// </summary>
internal static class QuoteMarks
{
    public static List<QuoteSegment> Find(string text, Token[] tokens, TokenRange[] paragraphs)
    {
        var segments = new List<QuoteSegment>();
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var (first, end) = (paragraphs[p].First, paragraphs[p].End);
            int open = -1;
            var single = false;
            for (var i = first; i < end; i++)
            {
                var token = tokens[i];
                if (!token.IsPunctuation || token.Span.Length != 1) continue;
                var c = text[token.Start];
                if (c is '\u201C' or '\u201E' or '\u00AB' || c == '"' && (open < 0 || single))
                {
                    if (open >= 0) Add(segments, open, i, p, closed: false);
                    (open, single) = (i, false);
                }
                else if (c is '\u201D' or '\u00BB' or '"' && open >= 0 && !single
                    || c == '\u2019' && open >= 0 && single && token.Start == tokens[i - 1].End)
                {
                    Add(segments, open, i, p, closed: true);
                    open = -1;
                }
                else if (c == '\u2018' && open < 0 && i + 1 < end && tokens[i + 1].Start == token.End)
                {
                    (open, single) = (i, true);
                }
            }
            if (open >= 0 && !single) Add(segments, open, end, p, closed: false);
        }
        return segments;
    }

    private static void Add(List<QuoteSegment> segments, int open, int close, int paragraph, bool closed)
    {
        if (close > open + 1) segments.Add(new QuoteSegment(open, close, paragraph, closed));
    }
}
