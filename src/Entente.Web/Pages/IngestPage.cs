using System.Text;
using Entente.Knowledge;
using Entente.Records;
using Entente.Sources;
using Entente.Web.Endpoints;

namespace Entente.Web.Pages;

/// <summary>
/// <c>/ingest</c>: a text and its publication date, coded without storing (the engine's <c>Code</c>) and shown as
/// events and facts with their sentences marked; the second button stores the article as <c>POST /api/articles</c>
/// does, and only with the server's API key.
/// </summary>
internal static class IngestPage
{
    public static IResult Form() => Html.Page("Code an article", FormHtml("", DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ""));

    public static async Task<IResult> Post(HttpContext http, StoreAccess access, CancellationToken cancellation)
    {
        if (!http.Request.HasFormContentType)
            return Html.Error("Unsupported form", "post the form of /ingest", StatusCodes.Status415UnsupportedMediaType);
        var form = await http.Request.ReadFormAsync(cancellation);
        var text = form["text"].ToString();
        var date = form["date"].ToString().Trim();
        var title = form["title"].ToString().Trim();
        var save = form["action"].ToString() == "save";
        var again = FormHtml(text, date, title);

        if (string.IsNullOrWhiteSpace(text)) return Html.Page("Code an article", Problem("The article has no text.") + again, StatusCodes.Status400BadRequest);
        if (!ArticleEndpoints.TryPublished(date, out var published))
            return Html.Page("Code an article", Problem($"Invalid publication date '{date}' (expected YYYY-MM-DD).") + again, StatusCodes.Status400BadRequest);

        var options = access.Options;
        var notice = "";
        if (save)
        {
            if (string.IsNullOrEmpty(options.ApiKey))
                return Html.Page("Code an article", Problem("This server was started without an API key, so it stores nothing; restart it with --api-key KEY or ENTENTE_API_KEY.") + again, StatusCodes.Status403Forbidden);
            var key = form["key"].ToString();
            if (!ApiKeyFilter.Matches(key, options.ApiKey))
                return Html.Page("Code an article", Problem(key.Length == 0 ? "Saving needs the server's API key." : "That is not the server's API key.") + again, StatusCodes.Status401Unauthorized);
        }

        var article = new Article(Article.ContentId(text), title.Length == 0 ? null : title, text, published, Origin: save ? "web" : null);
        var coded = options.Code(article);
        if (save)
        {
            var stored = await access.WriteAsync(coded, cancellation);
            notice = $"<p class=\"notice\">{(stored ? "Stored" : "Already stored")} as article {Html.E(article.Id)}.</p>";
        }

        var names = Highlighter.NamesFrom(options.Reference);
        var body = new StringBuilder(notice);
        body.Append($"<p>{Html.N(coded.SentenceCount)} sentences, {Html.N(coded.WordCount)} words: {Html.N(coded.Events.Count)} events, {Html.N(coded.Facts.Count)} facts.</p>");
        body.Append("<h2>Events</h2>").Append(Html.Table("events", ["date", "source", "target", "code", "quad", "Goldstein", "modality", "rule", "sentence"],
            coded.Events.Select(e => (IReadOnlyList<string>)
            [
                Html.E(e.Date.ToString()), Html.E(e.Source), Html.E(e.Target), Html.E(e.Code), Html.N(e.QuadClass), Html.N(e.Goldstein),
                Html.E(e.Modality == Modality.Intended ? "intended" : "asserted"), Html.E(e.Rule),
                $"<div class=\"sentence\">{Highlighter.Sentence(e.Text, e.Span.Start, e.Span.End, e.SourceText, e.TargetText, ArticleDigest.SentenceStart(article.Text, e.Text, e.Span), names)}</div>",
            ]), "no events"));
        body.Append("<h2>Facts</h2>").Append(Html.Table("facts", ["kind", "what", "sentence"], coded.Facts.Select(f => (IReadOnlyList<string>)
        [
            Html.E(f.Kind), Html.E(Describe(f)), $"<div class=\"sentence\">{Mark(article.Text, f)}</div>",
        ]), "no facts"));
        body.Append("<h2>Again</h2>").Append(again);
        return Html.Page("Coded article", body.ToString());
    }

    /// <summary>A fact's sentence with its span marked (placed by the same offset the store keeps).</summary>
    private static string Mark(string article, FactRecord fact)
    {
        var offset = ArticleDigest.SentenceStart(article, fact.Text, fact.Span);
        if (offset is not { } at) return Html.E(fact.Text);
        var s = Math.Clamp(fact.Span.Start - at, 0, fact.Text.Length);
        var e = Math.Clamp(fact.Span.End - at, s, fact.Text.Length);
        return Html.E(fact.Text[..s]) + "<mark class=\"verb\">" + Html.E(fact.Text[s..e]) + "</mark>" + Html.E(fact.Text[e..]);
    }

    private static string Describe(FactRecord fact) => fact switch
    {
        OfficeFact o => $"{o.Person}: {o.Role} ({o.Country})",
        MembershipFact m => $"{m.Country} {m.Status} of {m.Org}{(m.Since is { } since ? " since " + since : "")}",
        AgreementFact g => $"{string.Join(", ", g.Parties)}{(g.Subject is null ? "" : ": " + g.Subject)}{(g.Signed is { } signed ? ", signed " + signed : "")}",
        _ => fact.Kind,
    };

    private static string Problem(string text) => $"<p class=\"error\">{Html.E(text)}</p>";

    private static string FormHtml(string text, string date, string title) =>
        "<form class=\"ingest\" method=\"post\" action=\"/ingest\">"
        + $"<label>Title <input name=\"title\" size=\"60\" value=\"{Html.E(title)}\"></label>"
        + $"<label>Published <input name=\"date\" type=\"date\" required value=\"{Html.E(date)}\"></label>"
        + $"<label>Text<br><textarea name=\"text\" required>{Html.E(text)}</textarea></label>"
        + "<button type=\"submit\" name=\"action\" value=\"code\">Code</button>"
        + "<label>API key (to save) <input name=\"key\" type=\"password\" autocomplete=\"off\"></label>"
        + "<button type=\"submit\" name=\"action\" value=\"save\">Code and save</button>"
        + "</form>";
}
