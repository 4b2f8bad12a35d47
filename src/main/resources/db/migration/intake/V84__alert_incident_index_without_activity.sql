-- Alerts attached to an incident are found by the incident alone; the few of one incident are sorted when read.
-- With last_seen_at in the key, every repeat of any alert (almost all with no incident) moved its entry in this
-- index, a write at a random place per repeat.
DROP INDEX ix_alert_incident;
CREATE INDEX ix_alert_incident ON alert (incident_id);
