-- The priority matrices (TRI-2) are data: each organisation chooses a scheme and may change every cell.
CREATE TABLE priority_setting (
    organisation_id UUID PRIMARY KEY REFERENCES organisation (id),
    scheme          VARCHAR(20) NOT NULL,
    version         BIGINT NOT NULL
);

CREATE TABLE priority_cell (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    scheme          VARCHAR(20) NOT NULL,
    severity        VARCHAR(20) NOT NULL,
    urgency         VARCHAR(20) NOT NULL,
    priority        INTEGER NOT NULL,
    PRIMARY KEY (organisation_id, scheme, severity, urgency)
);

INSERT INTO priority_setting (organisation_id, scheme, version) VALUES ('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 0);

-- Default 4x4 matrix of reference.md: rows severity, columns urgency, 1 = P1 (highest).
INSERT INTO priority_cell (organisation_id, scheme, severity, urgency, priority) VALUES
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'EXTENSIVE', 'CRITICAL', 1),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'EXTENSIVE', 'HIGH', 1),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'EXTENSIVE', 'MEDIUM', 2),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'EXTENSIVE', 'LOW', 4),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'SIGNIFICANT', 'CRITICAL', 1),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'SIGNIFICANT', 'HIGH', 2),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'SIGNIFICANT', 'MEDIUM', 3),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'SIGNIFICANT', 'LOW', 4),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'MODERATE', 'CRITICAL', 2),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'MODERATE', 'HIGH', 2),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'MODERATE', 'MEDIUM', 3),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'MODERATE', 'LOW', 4),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'MINOR', 'CRITICAL', 2),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'MINOR', 'HIGH', 3),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'MINOR', 'MEDIUM', 3),
('00000000-0000-0000-0000-000000000001', 'SEVERITY_4X4', 'MINOR', 'LOW', 4);

-- Damage level 0-3 (Tokyo Metropolitan guidebook for SMEs) crossed with urgency.
INSERT INTO priority_cell (organisation_id, scheme, severity, urgency, priority) VALUES
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_3', 'CRITICAL', 1),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_3', 'HIGH', 1),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_3', 'MEDIUM', 1),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_3', 'LOW', 2),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_2', 'CRITICAL', 1),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_2', 'HIGH', 2),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_2', 'MEDIUM', 2),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_2', 'LOW', 3),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_1', 'CRITICAL', 2),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_1', 'HIGH', 3),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_1', 'MEDIUM', 3),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_1', 'LOW', 4),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_0', 'CRITICAL', 3),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_0', 'HIGH', 4),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_0', 'MEDIUM', 4),
('00000000-0000-0000-0000-000000000001', 'DAMAGE_LEVEL', 'LEVEL_0', 'LOW', 4);

-- The incident (INC-2026-0001). open_queue is TRUE until closed, so that the queue (open incidents by
-- priority, then oldest first) is one range scan of ix_incident_queue with LIMIT/OFFSET.
CREATE TABLE incident (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES organisation (id),
    number           VARCHAR(30) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    category         VARCHAR(40) NOT NULL,
    urgency          VARCHAR(20) NOT NULL,
    severity         VARCHAR(20) NOT NULL,
    priority         INTEGER NOT NULL,
    state            VARCHAR(20) NOT NULL,
    open_queue       BOOLEAN NOT NULL,
    detection_state  VARCHAR(20) NOT NULL,
    triage_state     VARCHAR(20) NOT NULL,
    response_state   VARCHAR(20) NOT NULL,
    reporting_state  VARCHAR(20) NOT NULL,
    commander_id     UUID,
    commander_name   VARCHAR(200),
    occurred_from    TIMESTAMP WITH TIME ZONE,
    occurred_to      TIMESTAMP WITH TIME ZONE,
    detected_at      TIMESTAMP WITH TIME ZONE,
    received_at      TIMESTAMP WITH TIME ZONE,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    contained_at     TIMESTAMP WITH TIME ZONE,
    recovered_at     TIMESTAMP WITH TIME ZONE,
    closed_at        TIMESTAMP WITH TIME ZONE,
    became_aware_at  TIMESTAMP WITH TIME ZONE,
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by        UUID NOT NULL,
    version          BIGINT NOT NULL
);
CREATE UNIQUE INDEX ux_incident_number ON incident (organisation_id, number);
CREATE INDEX ix_incident_queue ON incident (organisation_id, open_queue, priority, opened_at, id);
CREATE INDEX ix_incident_queue_category ON incident (organisation_id, category, open_queue, priority, opened_at, id);
CREATE INDEX ix_incident_queue_commander ON incident (commander_id, open_queue, priority, opened_at, id);

CREATE TABLE incident_handler (
    incident UUID NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    user_id  UUID NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (incident, user_id)
);
CREATE INDEX ix_incident_handler_user ON incident_handler (user_id);

-- Many reports to one incident; a report belongs to at most one incident.
CREATE TABLE incident_report (
    incident      UUID NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    report_id     UUID NOT NULL,
    report_number VARCHAR(30) NOT NULL,
    linked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident, report_id)
);
CREATE UNIQUE INDEX ux_incident_report_report ON incident_report (report_id);

CREATE TABLE incident_asset (
    incident UUID NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    asset_id UUID NOT NULL,
    PRIMARY KEY (incident, asset_id)
);

-- Two timelines kept apart by kind: LOG (the handling log) and EVENT (the chronology of the attack).
CREATE TABLE incident_timeline (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    incident_id     UUID NOT NULL REFERENCES incident (id),
    kind            VARCHAR(10) NOT NULL,
    entry_type      VARCHAR(30) NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        UUID,
    actor_name      VARCHAR(200),
    source          VARCHAR(200),
    text            VARCHAR(4000) NOT NULL
);
CREATE INDEX ix_incident_timeline_kind ON incident_timeline (incident_id, kind, occurred_at, id);
CREATE INDEX ix_incident_timeline_all ON incident_timeline (incident_id, occurred_at, id);
