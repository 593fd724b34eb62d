-- Entente knowledge base, schema version 2 (PostgreSQL). Keep in step with sqlite/002-sentence-offsets.sql.
-- Where each evidence sentence starts in its article (UTF-16 code units, like mention spans), so a stored span
-- maps onto its sentence exactly. Null for sentences stored under version 1, which kept no offset.

ALTER TABLE sentences ADD COLUMN start_offset INTEGER;
