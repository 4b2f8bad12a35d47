-- No query looks alerts up by their report (a promoted alert names its report; the report does not list alerts by
-- this column), so this index was only written: one more entry per new alert, on the hot path of intake.
DROP INDEX ix_alert_report;
