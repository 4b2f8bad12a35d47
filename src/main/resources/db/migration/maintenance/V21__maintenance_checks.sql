-- Anomaly criteria fixed in advance (あらかじめ定めた異常検知の基準, DET-1), for one asset or every asset of a kind.
CREATE TABLE anomaly_criterion (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    asset_id        UUID REFERENCES asset (id),
    asset_kind      VARCHAR(30),
    name            VARCHAR(200) NOT NULL,
    checked_item    VARCHAR(500) NOT NULL,
    threshold       VARCHAR(500) NOT NULL,
    frequency       VARCHAR(20) NOT NULL,
    vendor_name     VARCHAR(200) NOT NULL,
    vendor_user_id  UUID,
    active          BOOLEAN NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT ck_criterion_target CHECK (asset_id IS NOT NULL OR asset_kind IS NOT NULL)
);
CREATE INDEX ix_criterion_org ON anomaly_criterion (organisation_id, active, name);
CREATE INDEX ix_criterion_asset ON anomaly_criterion (asset_id);

-- A vendor's check run on one asset on one day, with one result per criterion.
CREATE TABLE maintenance_check (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES organisation (id),
    asset_id         UUID NOT NULL REFERENCES asset (id),
    checked_on       DATE NOT NULL,
    note             VARCHAR(2000),
    recorded_by      UUID NOT NULL,
    recorded_by_name VARCHAR(200) NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX ix_check_asset ON maintenance_check (organisation_id, asset_id, checked_on, recorded_at);

CREATE TABLE maintenance_check_result (
    maintenance_check UUID NOT NULL REFERENCES maintenance_check (id) ON DELETE CASCADE,
    result_index      INTEGER NOT NULL,
    criterion_id      UUID NOT NULL REFERENCES anomaly_criterion (id),
    criterion_name    VARCHAR(200) NOT NULL,
    outcome           VARCHAR(20) NOT NULL,
    measured_value    VARCHAR(500),
    note              VARCHAR(2000),
    report_id         UUID,
    report_number     VARCHAR(30),
    PRIMARY KEY (maintenance_check, result_index)
);
CREATE INDEX ix_check_result_criterion ON maintenance_check_result (criterion_id, outcome);
