-- Entente knowledge base, schema version 3 (SQLite). Keep in step with postgres/003-dyad-months.sql.
-- Events per (source side, target side, month, quad class), kept by triggers as events are stored or reported
-- again, so a dyad's or the network's months are read from a few hundred rows instead of grouping every event.
-- Events are never deleted or re-dated; a new report only raises num_mentions.

CREATE TABLE dyad_months (
    source_key     TEXT NOT NULL,
    target_key     TEXT NOT NULL,
    month          INTEGER NOT NULL,           -- yyyymm
    quad_class     INTEGER NOT NULL,
    events         INTEGER NOT NULL,
    goldstein_sum  REAL NOT NULL,
    mentions       INTEGER NOT NULL,
    PRIMARY KEY (source_key, target_key, month, quad_class)
) WITHOUT ROWID;
CREATE INDEX dyad_months_month ON dyad_months (month);

INSERT INTO dyad_months (source_key, target_key, month, quad_class, events, goldstein_sum, mentions)
SELECT source_key, target_key, day / 100, quad_class, count(*), sum(goldstein), sum(num_mentions)
FROM events
GROUP BY source_key, target_key, day / 100, quad_class;

CREATE TRIGGER events_dyad_months_insert AFTER INSERT ON events
BEGIN
    INSERT INTO dyad_months (source_key, target_key, month, quad_class, events, goldstein_sum, mentions)
    VALUES (new.source_key, new.target_key, new.day / 100, new.quad_class, 1, new.goldstein, new.num_mentions)
    ON CONFLICT (source_key, target_key, month, quad_class) DO UPDATE SET
        events = dyad_months.events + 1,
        goldstein_sum = dyad_months.goldstein_sum + excluded.goldstein_sum,
        mentions = dyad_months.mentions + excluded.mentions;
END;

CREATE TRIGGER events_dyad_months_mentions AFTER UPDATE OF num_mentions ON events
WHEN new.num_mentions <> old.num_mentions
BEGIN
    UPDATE dyad_months SET mentions = mentions + new.num_mentions - old.num_mentions
    WHERE source_key = new.source_key AND target_key = new.target_key AND month = new.day / 100 AND quad_class = new.quad_class;
END;
