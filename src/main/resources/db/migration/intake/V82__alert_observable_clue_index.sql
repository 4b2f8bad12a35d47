-- Flagging related alerts reads only this index: the value leads (look-up by clue), then everything the flagging
-- needs (which alert carries it, of what kind, and whether that alert was dismissed), so neither database has to
-- fetch a table row per holder. The dismissed mark is copied from the alert when the desk dismisses it (alerts
-- are dismissed only once and never reopened).
ALTER TABLE alert_observable ADD COLUMN dismissed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE alert_observable SET dismissed = TRUE WHERE alert_id IN (SELECT id FROM alert WHERE state = 'DISMISSED');
DROP INDEX ix_alert_observable_value;
CREATE INDEX ix_alert_observable_clue ON alert_observable (normalised_value, organisation_id, kind, alert_id, dismissed);
