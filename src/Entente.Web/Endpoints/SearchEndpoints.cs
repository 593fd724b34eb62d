using Entente.Knowledge;

namespace Entente.Web.Endpoints;

/// <summary><c>GET /api/search?q=</c>: states, organizations and people whose names match, from the dictionaries.</summary>
internal static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearchEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search)
            .WithName("Search")
            .WithTags("search")
            .WithSummary("States, organizations and people whose code, name, adjective or alias contains q (ignoring case and accents), best matches first.")
            .Produces<IReadOnlyList<SearchHit>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static IResult Search(StoreAccess access, string? q, int? limit)
    {
        var query = Fold(q?.Trim() ?? "");
        if (query.Length < 2) return Problems.BadRequest("q needs at least 2 characters");
        if (!Problems.TryLimit(limit, 20, 200, out var max, out var problem)) return problem!;
        return Results.Ok(Find(access.Options.Reference, query).Take(max).ToList());
    }

    internal static IEnumerable<SearchHit> Find(ReferenceData reference, string query)
    {
        var hits = new List<(int Rank, SearchHit Hit)>();

        void Consider(string kind, string code, string name, string? country, IEnumerable<string> names, string? title = null)
        {
            var best = int.MaxValue;
            string? matched = null;
            foreach (var candidate in names)
            {
                var rank = Rank(Fold(candidate), query);
                if (rank < best) (best, matched) = (rank, candidate);
            }
            if (matched is not null) hits.Add((best, new SearchHit(kind, code, name, matched, country, title)));
        }

        foreach (var c in reference.Countries)
            Consider("state", c.Code, c.ShortName, c.Code, [c.Code, c.ShortName, .. c.Names, .. c.Adjectives]);
        foreach (var o in reference.Organizations)
            Consider("organization", o.Acronym, o.Names.FirstOrDefault() ?? o.Acronym, null, [o.Acronym, .. o.Names]);
        foreach (var p in reference.People)
        {
            var office = p.Offices.OrderByDescending(x => x.From?.Start ?? DateOnly.MinValue).FirstOrDefault();
            Consider("person", p.Name, p.Name, office?.Country, [p.Name, .. p.Aliases], office?.Title);
        }
        // A match inside a word ("laos" in "Nikolaos") only counts when nothing matches at a word start.
        var best = hits.Count == 0 ? int.MaxValue : hits.Min(h => h.Rank);
        return hits.Where(h => h.Rank < InsideWord || best == InsideWord)
            .OrderBy(h => h.Rank).ThenBy(h => KindOrder(h.Hit.Kind)).ThenBy(h => h.Hit.Name, StringComparer.Ordinal).Select(h => h.Hit);
    }

    private const int InsideWord = 3;

    /// <summary>0 an exact match, 1 a prefix, 2 a word start, <see cref="InsideWord"/> inside a word, max none.</summary>
    private static int Rank(string candidate, string query)
    {
        var at = candidate.IndexOf(query, StringComparison.Ordinal);
        if (at < 0) return int.MaxValue;
        if (at == 0) return candidate.Length == query.Length ? 0 : 1;
        // A later occurrence may start a word even when the first does not ("kiribati" in "... Kiribati").
        for (var i = at; i >= 0; i = candidate.IndexOf(query, i + 1, StringComparison.Ordinal))
            if (!char.IsLetterOrDigit(candidate[i - 1])) return 2;
        return InsideWord;
    }

    private static int KindOrder(string kind) => kind switch { "state" => 0, "organization" => 1, _ => 2 };

    // Invariant globalization leaves string.Normalize inert, so accents are folded by table (Latin-1 and Latin Extended-A).
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    /// <summary>Lower case with accents folded, so "fernandez" finds "Fernández".</summary>
    internal static string Fold(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            var folded = Accented.IndexOf(c, StringComparison.Ordinal);
            chars[i] = folded >= 0 ? Plain[folded] : c;
        }
        return new string(chars);
    }
}

/// <summary>
/// A dictionary entry whose names matched: its kind (<c>state</c>, <c>organization</c>, <c>person</c>), its code
/// (ISO alpha-3, acronym, or a person's name), its name, the name that matched, its state, and for a person the
/// title of the latest office.
/// </summary>
public sealed record SearchHit(string Kind, string Code, string Name, string Matched, string? Country, string? Title);
