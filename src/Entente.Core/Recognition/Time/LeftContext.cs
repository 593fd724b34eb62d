namespace Entente.Recognition.Time;

internal enum Deixis : byte { None, Last, This, Next }

/// <summary>
/// The words before a time head that frame or shift it, read right to left:
/// <c>[preposition] [the] [early|late|mid|earlier|later] [last|this|next] head</c>, as in <c>in early July</c>,
/// <c>late last year</c>, <c>earlier this month</c>, <c>in the autumn</c>. <see cref="Start"/> is the first token they cover.
/// <see cref="Linked"/>: the head follows, uncovered, <c>of</c> (<c>the end of July</c>) or <c>and</c>/<c>or</c> right
/// after the previous mention (<c>in 2016 and 2017</c>).
/// </summary>
internal readonly record struct LeftContext(
    int Start, Deixis Deixis, bool Framed, bool Modified, bool Vague, bool Article, bool Linked, bool IsDuration)
{
    /// <summary>Whether the head is surely used as a time word (<c>in May</c>, not the modal <c>may</c>).</summary>
    public bool Licensed => Framed || Modified || Linked || Deixis != Deixis.None;

    public static LeftContext Parse(in TimeContext c, int head, bool allowArticle)
    {
        var i = head - 1;
        var deixis = Deixis.None;
        switch (c.At(i))
        {
            case "last": deixis = Deixis.Last; i--; break;
            case "next": deixis = Deixis.Next; i--; break;
            case "this": deixis = Deixis.This; i--; break;
            case "past" when c.Is(i - 1, "this"): deixis = Deixis.Last; i -= 2; break;
            case "coming" when c.Is(i - 1, "this"): deixis = Deixis.Next; i -= 2; break;
            case "past" or "coming": return Duration(head);
        }
        // "the last year", "the next month": a stretch of time ending or starting now, not a date.
        if (deixis is Deixis.Last or Deixis.Next && c.Is(i, "the")) return Duration(head);

        bool modified = false, vague = false;
        switch (c.At(i))
        {
            case "early" or "late" or "mid": modified = true; i--; break;
            case "-" when c.Is(i - 1, "mid"): modified = true; i -= 2; break;
            case "earlier" or "later" when deixis != Deixis.None: vague = true; i--; break;
        }

        var article = allowArticle && deixis == Deixis.None && c.Is(i, "the");
        if (article) i--;

        var framed = c.IsPreposition(i);
        if (framed) i--;
        var linked = !framed && (c.Is(i, "of") || (i == c.Floor && i > 0 && c.At(i) is "and" or "or"));
        return new(i + 1, deixis, framed, modified, vague, article, linked, IsDuration: false);
    }

    private static LeftContext Duration(int head) => new(head, Deixis.None, false, false, false, false, false, IsDuration: true);
}
