-- Entente knowledge base, schema version 3 (PostgreSQL). Keep in step with sqlite/003-dyad-months.sql.
-- Events per (source side, target side, month, quad class), kept by a trigger as events are stored or reported
-- again, so a dyad's or the network's months are read from a few hundred rows instead of grouping every event.
-- Events are never deleted or re-dated; a new report only raises num_mentions.

CREATE TABLE dyad_months (
    source_key     TEXT NOT NULL,
    target_key     TEXT NOT NULL,
    month          INTEGER NOT NULL,           -- yyyymm
    quad_class     INTEGER NOT NULL,
    events         INTEGER NOT NULL,
    goldstein_sum  DOUBLE PRECISION NOT NULL,
    mentions       BIGINT NOT NULL,
    PRIMARY KEY (source_key, target_key, month, quad_class)
);
CREATE INDEX dyad_months_month ON dyad_months (month);

INSERT INTO dyad_months (source_key, target_key, month, quad_class, events, goldstein_sum, mentions)
SELECT source_key, target_key, day / 100, quad_class, count(*), sum(goldstein), sum(num_mentions)
FROM events
GROUP BY source_key, target_key, day / 100, quad_class;

CREATE FUNCTION dyad_months_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO dyad_months (source_key, target_key, month, quad_class, events, goldstein_sum, mentions)
        VALUES (NEW.source_key, NEW.target_key, NEW.day / 100, NEW.quad_class, 1, NEW.goldstein, NEW.num_mentions)
        ON CONFLICT (source_key, target_key, month, quad_class) DO UPDATE SET
            events = dyad_months.events + 1,
            goldstein_sum = dyad_months.goldstein_sum + excluded.goldstein_sum,
            mentions = dyad_months.mentions + excluded.mentions;
    ELSIF NEW.num_mentions <> OLD.num_mentions THEN
        UPDATE dyad_months SET mentions = mentions + NEW.num_mentions - OLD.num_mentions
        WHERE source_key = NEW.source_key AND target_key = NEW.target_key AND month = NEW.day / 100 AND quad_class = NEW.quad_class;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER events_dyad_months AFTER INSERT OR UPDATE OF num_mentions ON events
FOR EACH ROW EXECUTE FUNCTION dyad_months_track();
