-- A report (通報/検知記録) with every record item of DET-3.
CREATE TABLE report (
    id                   UUID PRIMARY KEY,
    organisation_id      UUID NOT NULL REFERENCES organisation (id),
    number               VARCHAR(30) NOT NULL,
    status               VARCHAR(20) NOT NULL,
    detected_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by          UUID NOT NULL,
    received_by_name     VARCHAR(200) NOT NULL,
    discoverer_name      VARCHAR(200),
    discoverer_contact   VARCHAR(200),
    reporter_name        VARCHAR(200) NOT NULL,
    reporter_contact     VARCHAR(200) NOT NULL,
    occurrence_precision VARCHAR(10) NOT NULL,
    occurred_from        TIMESTAMP WITH TIME ZONE,
    occurred_to          TIMESTAMP WITH TIME ZONE,
    detection_place      VARCHAR(500),
    category             VARCHAR(40) NOT NULL,
    channel              VARCHAR(30) NOT NULL,
    summary              VARCHAR(200) NOT NULL,
    description          VARCHAR(20000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT NOT NULL
);
CREATE UNIQUE INDEX ux_report_number ON report (organisation_id, number);
CREATE INDEX ix_report_org_received ON report (organisation_id, received_at, id);
CREATE INDEX ix_report_org_status ON report (organisation_id, status, received_at, id);
CREATE INDEX ix_report_org_category ON report (organisation_id, category, received_at, id);
CREATE INDEX ix_report_receiver ON report (received_by, received_at, id);

-- Where the incident is happening: an asset from the inventory, or a place typed freely.
CREATE TABLE report_affected_place (
    report      UUID NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    place_index INTEGER NOT NULL,
    asset_id    UUID REFERENCES asset (id),
    description VARCHAR(500),
    PRIMARY KEY (report, place_index)
);
CREATE INDEX ix_report_place_asset ON report_affected_place (asset_id);
