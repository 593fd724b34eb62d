using Entente.Store.Data;

namespace Entente.Store.Writing;

/// <summary>
/// The statements an article is written with, the same text for SQLite and PostgreSQL. Rows that belong to a
/// merged event or fact find it by its unique key, so no statement waits for another's generated id.
/// </summary>
internal static class WriteStatements
{
    public static readonly SqlText InsertArticle = new("""
        INSERT INTO articles (article_key, title, published, outlet, url, origin, sentence_count, word_count, event_count, fact_count, dict_version, ingested_at)
        VALUES (@key, @title, @published, @outlet, @url, @origin, @sentences, @words, @events, @facts, @dict, @at)
        ON CONFLICT (article_key) DO NOTHING
        RETURNING id
        """, "key", "title", "published", "outlet", "url", "origin", "sentences", "words", "events", "facts", "dict", "at");

    public static readonly SqlText InsertSentence = new(
        "INSERT INTO sentences (article_id, idx, text, start_offset) VALUES (@article, @idx, @text, @start)", "article", "idx", "text", "start");

    /// <summary>A new event, or one more article reporting a known one (its outlet counts if it is new to the event).</summary>
    public static readonly SqlText UpsertEvent = new("""
        INSERT INTO events (date, date_precision, day, source, source_country, source_org, source_agent, target, target_country, target_org, target_agent,
                            source_key, target_key,
                            code, root, quad_class, goldstein, modality, confidence, location_name, location_country, lat, lon,
                            num_mentions, num_articles, num_sources, first_article_id)
        VALUES (@date, @precision, @day, @source, @source_country, @source_org, @source_agent, @target, @target_country, @target_org, @target_agent,
                @source_key, @target_key,
                @code, @root, @quad, @goldstein, @modality, @confidence, @location, @location_country, @lat, @lon,
                @mentions, 1, 1, @article)
        ON CONFLICT (date, source, target, code) DO UPDATE SET
            num_mentions = events.num_mentions + excluded.num_mentions,
            num_articles = events.num_articles + 1,
            num_sources = events.num_sources
                + CASE WHEN EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = events.id AND s.outlet = @outlet) THEN 0 ELSE 1 END,
            confidence = CASE WHEN excluded.confidence > events.confidence THEN excluded.confidence ELSE events.confidence END
        """,
        "date", "precision", "day", "source", "source_country", "source_org", "source_agent", "target", "target_country", "target_org", "target_agent",
        "source_key", "target_key", "code", "root", "quad", "goldstein", "modality", "confidence", "location", "location_country", "lat", "lon", "mentions", "article", "outlet");

    public static readonly SqlText InsertEventSource = new("""
        INSERT INTO event_sources (event_id, outlet)
        SELECT id, @outlet FROM events WHERE date = @date AND source = @source AND target = @target AND code = @code
        ON CONFLICT DO NOTHING
        """, "outlet", "date", "source", "target", "code");

    public static readonly SqlText InsertMention = new("""
        INSERT INTO mentions (event_id, article_id, sentence, span_start, span_end, source_text, target_text, rule, confidence, modality, source_entry, target_entry)
        SELECT id, @article, @sentence, @start, @end, @source_text, @target_text, @rule, @confidence, @modality, @source_entry, @target_entry
        FROM events WHERE date = @date AND source = @source AND target = @target AND code = @code
        """,
        "article", "sentence", "start", "end", "source_text", "target_text", "rule", "confidence", "modality", "source_entry", "target_entry",
        "date", "source", "target", "code");

    public static readonly SqlText UpsertActor = new("""
        INSERT INTO actors (code, country, org, agent, first_day, last_day, mentions)
        VALUES (@code, @country, @org, @agent, @first, @last, @mentions)
        ON CONFLICT (code) DO UPDATE SET
            first_day = CASE WHEN excluded.first_day < actors.first_day THEN excluded.first_day ELSE actors.first_day END,
            last_day = CASE WHEN excluded.last_day > actors.last_day THEN excluded.last_day ELSE actors.last_day END,
            mentions = actors.mentions + excluded.mentions
        """, "code", "country", "org", "agent", "first", "last", "mentions");

    /// <summary>
    /// A new fact, or one more article stating a known one. It holds from the earliest date a mention stated
    /// (since, from), else from the earliest article stating it. (All SET expressions read the old row.)
    /// </summary>
    public static readonly SqlText UpsertFact = new("""
        INSERT INTO facts (kind, fact_key, grp, person, role, role_code, office, country, org, status, parties, subject, signed,
                           stated_from, first_day, last_day, valid_from, num_mentions, num_articles, first_article_id)
        VALUES (@kind, @key, @grp, @person, @role, @role_code, @office, @country, @org, @status, @parties, @subject, @signed,
                @stated, @day, @day, @valid_from, @mentions, 1, @article)
        ON CONFLICT (kind, fact_key) DO UPDATE SET
            num_mentions = facts.num_mentions + excluded.num_mentions,
            num_articles = facts.num_articles + 1,
            stated_from = CASE WHEN excluded.stated_from IS NULL THEN facts.stated_from
                               WHEN facts.stated_from IS NULL OR excluded.stated_from < facts.stated_from THEN excluded.stated_from
                               ELSE facts.stated_from END,
            first_day = CASE WHEN excluded.first_day < facts.first_day THEN excluded.first_day ELSE facts.first_day END,
            last_day = CASE WHEN excluded.last_day > facts.last_day THEN excluded.last_day ELSE facts.last_day END,
            valid_from = COALESCE(
                CASE WHEN excluded.stated_from IS NULL THEN facts.stated_from
                     WHEN facts.stated_from IS NULL OR excluded.stated_from < facts.stated_from THEN excluded.stated_from
                     ELSE facts.stated_from END,
                CASE WHEN excluded.first_day < facts.first_day THEN excluded.first_day ELSE facts.first_day END)
        """,
        "kind", "key", "grp", "person", "role", "role_code", "office", "country", "org", "status", "parties", "subject", "signed",
        "stated", "day", "valid_from", "mentions", "article");

    public static readonly SqlText InsertFactMention = new("""
        INSERT INTO fact_mentions (fact_id, article_id, sentence, span_start, span_end)
        SELECT id, @article, @sentence, @start, @end FROM facts WHERE kind = @kind AND fact_key = @key
        """, "article", "sentence", "start", "end", "kind", "key");

    /// <summary>The members of 1, 2, ... 8 fact groups (index n reads n + 1 groups), so an article reads all its groups at once.</summary>
    public static readonly SqlText[] FactGroups = Enumerable.Range(1, 8).Select(n => new SqlText(
        "SELECT id, kind, grp, valid_from, valid_to, superseded_by FROM facts WHERE "
            + string.Join(" OR ", Enumerable.Range(0, n).Select(i => $"(kind = @kind{i} AND grp = @grp{i})")),
        Enumerable.Range(0, n).SelectMany(i => new[] { $"kind{i}", $"grp{i}" }).ToArray())).ToArray();

    public static readonly SqlText CloseFact = new(
        "UPDATE facts SET valid_to = @valid_to, superseded_by = @by WHERE id = @id", "valid_to", "by", "id");
}
