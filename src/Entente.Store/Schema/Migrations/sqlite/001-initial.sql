-- Entente knowledge base, schema version 1 (SQLite). Keep in step with postgres/001-initial.sql: one schema,
-- two dialects. Dates are yyyymmdd integers (day), partial dates also as text (date: 2024-10).

CREATE TABLE articles (
    id              INTEGER PRIMARY KEY,
    article_key     TEXT NOT NULL UNIQUE,      -- the article's id as read (given, or a content hash)
    title           TEXT,
    published       INTEGER NOT NULL,
    outlet          TEXT,
    url             TEXT,
    origin          TEXT,                      -- file:line it was read from
    sentence_count  INTEGER NOT NULL,
    word_count      INTEGER NOT NULL,
    event_count     INTEGER NOT NULL,
    fact_count      INTEGER NOT NULL,
    dict_version    TEXT,
    ingested_at     TEXT NOT NULL
);

-- Only the sentences that carry an event or a fact: the evidence.
CREATE TABLE sentences (
    article_id  INTEGER NOT NULL REFERENCES articles (id),
    idx         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;

CREATE TABLE actors (
    code        TEXT PRIMARY KEY,
    country     TEXT,
    org         TEXT,
    agent       TEXT,
    first_day   INTEGER NOT NULL,
    last_day    INTEGER NOT NULL,
    mentions    INTEGER NOT NULL
) WITHOUT ROWID;

-- One row per distinct (date, source, target, code); the counts are GDELT's NumMentions, NumArticles, NumSources.
CREATE TABLE events (
    id                INTEGER PRIMARY KEY,
    date              TEXT NOT NULL,
    date_precision    TEXT NOT NULL,
    day               INTEGER NOT NULL,        -- first day the date can mean
    source            TEXT NOT NULL,
    source_country    TEXT,
    source_org        TEXT,
    source_agent      TEXT,
    target            TEXT NOT NULL,
    target_country    TEXT,
    target_org        TEXT,
    target_agent      TEXT,
    source_key        TEXT NOT NULL,           -- the state, else the organization, else the code: the side a dyad counts
    target_key        TEXT NOT NULL,
    code              TEXT NOT NULL,
    root              TEXT NOT NULL,
    quad_class        INTEGER NOT NULL,
    goldstein         REAL NOT NULL,
    modality          TEXT NOT NULL,
    confidence        REAL NOT NULL,           -- the highest of its mentions
    location_name     TEXT,
    location_country  TEXT,
    lat               REAL,
    lon               REAL,
    num_mentions      INTEGER NOT NULL,
    num_articles      INTEGER NOT NULL,
    num_sources       INTEGER NOT NULL,
    first_article_id  INTEGER NOT NULL REFERENCES articles (id),
    UNIQUE (date, source, target, code)
);
-- Dyad summaries read only the first index (it covers them); the second serves the dyad's lists by root.
CREATE INDEX events_dyad ON events (source_key, target_key, day, quad_class, goldstein, num_mentions);
CREATE INDEX events_dyad_root ON events (source_key, target_key, root, day);
CREATE INDEX events_target ON events (target_key, day);
CREATE INDEX events_day ON events (day);

-- The outlets that reported an event, so num_sources counts each once.
CREATE TABLE event_sources (
    event_id  INTEGER NOT NULL REFERENCES events (id),
    outlet    TEXT NOT NULL,
    PRIMARY KEY (event_id, outlet)
) WITHOUT ROWID;

-- Every report of an event: the article, sentence and span it rests on, and how it was coded.
CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    event_id      INTEGER NOT NULL REFERENCES events (id),
    article_id    INTEGER NOT NULL REFERENCES articles (id),
    sentence      INTEGER NOT NULL,
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    source_text   TEXT NOT NULL,
    target_text   TEXT NOT NULL,
    rule          TEXT NOT NULL,
    confidence    REAL NOT NULL,
    modality      TEXT NOT NULL,
    source_entry  TEXT,
    target_entry  TEXT
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);

-- One row per distinct fact (kind + fact_key); grp names the facts it competes with, valid_to/superseded_by
-- close it when a later fact of the same group starts.
CREATE TABLE facts (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL,              -- office, membership, agreement
    fact_key       TEXT NOT NULL,
    grp            TEXT,
    person         TEXT,
    role           TEXT,
    role_code      TEXT,
    office         TEXT,                       -- HOS, HOG, FM, DEF, SG or null
    country        TEXT,
    org            TEXT,
    status         TEXT,
    parties        TEXT,                       -- agreements: ',BLR,LAO,'
    subject        TEXT,
    signed         TEXT,
    stated_from    INTEGER,                    -- the earliest date a mention gave (since, from)
    first_day      INTEGER NOT NULL,           -- the earliest article stating it
    last_day       INTEGER NOT NULL,
    valid_from     INTEGER NOT NULL,
    valid_to       INTEGER,
    superseded_by  INTEGER,
    num_mentions   INTEGER NOT NULL,
    num_articles   INTEGER NOT NULL,
    first_article_id INTEGER NOT NULL REFERENCES articles (id),
    UNIQUE (kind, fact_key)
);
CREATE INDEX facts_group ON facts (kind, grp);
CREATE INDEX facts_country ON facts (country, kind);
CREATE INDEX facts_org ON facts (org, kind);

CREATE TABLE fact_mentions (
    id          INTEGER PRIMARY KEY,
    fact_id     INTEGER NOT NULL REFERENCES facts (id),
    article_id  INTEGER NOT NULL REFERENCES articles (id),
    sentence    INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL
);
CREATE INDEX fact_mentions_fact ON fact_mentions (fact_id);
CREATE INDEX fact_mentions_article ON fact_mentions (article_id);
