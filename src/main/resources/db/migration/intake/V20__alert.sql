-- Alerts from monitoring tools (SIEM, EDR, UTM), de-duplicated on (source, source_ref): a repeat raises
-- seen_count and last_seen_at instead of adding a row. The unique constraint is what makes it safe under
-- concurrent posts and retries.
CREATE TABLE alert (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES organisation (id),
    source           VARCHAR(100) NOT NULL,
    source_ref       VARCHAR(200) NOT NULL,
    title            VARCHAR(500) NOT NULL,
    severity         VARCHAR(10) NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    first_seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_count       INTEGER NOT NULL,
    state            VARCHAR(12) NOT NULL,
    related          BOOLEAN NOT NULL,
    raw_payload      VARCHAR(1000000),
    received_by      UUID NOT NULL,
    report_id        UUID,
    dismissed_reason VARCHAR(500),
    decided_by_name  VARCHAR(200),
    decided_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ux_alert_source_ref UNIQUE (organisation_id, source, source_ref)
);
-- The queue: one state, newest activity first. The related lane has its own index whose prefix differs, so
-- that the planner never picks it for the plain state filter.
CREATE INDEX ix_alert_queue ON alert (organisation_id, state, last_seen_at DESC, id DESC);
CREATE INDEX ix_alert_related ON alert (organisation_id, related, state, last_seen_at DESC, id DESC);
CREATE INDEX ix_alert_report ON alert (report_id);

-- Observables (IP addresses, domains, hashes…), normalised, looked up by value to flag related alerts.
CREATE TABLE alert_observable (
    alert_id         UUID NOT NULL REFERENCES alert (id) ON DELETE CASCADE,
    organisation_id  UUID NOT NULL,
    kind             VARCHAR(40) NOT NULL,
    normalised_value VARCHAR(500) NOT NULL,
    PRIMARY KEY (alert_id, kind, normalised_value)
);
-- The value leads so that an IN list over values is an index look-up on H2 as well as on PostgreSQL.
CREATE INDEX ix_alert_observable_value ON alert_observable (normalised_value, organisation_id);
