-- Flagging related alerts reads only this index: the fingerprint leads (look-up by clue; the organisation is part of
-- it), then whether the holder was dismissed (only holders that were not are wanted) and which alert holds it.
ALTER TABLE alert_observable ALTER COLUMN fingerprint SET NOT NULL;
DROP INDEX ix_alert_observable_clue;
CREATE INDEX ix_alert_observable_fingerprint ON alert_observable (fingerprint, dismissed, alert_id);
