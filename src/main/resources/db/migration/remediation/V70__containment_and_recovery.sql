-- Containment actions (RES-3): isolate a device, filter or block, remove the cause; each step with who and when.
CREATE TABLE containment_action (
    id                 UUID PRIMARY KEY,
    organisation_id    UUID NOT NULL REFERENCES organisation (id),
    incident_id        UUID NOT NULL,
    kind               VARCHAR(20) NOT NULL,
    description        VARCHAR(2000),
    device_asset_id    UUID,
    device_name        VARCHAR(200),
    asked_whom         VARCHAR(200),
    target_type        VARCHAR(20),
    target_value       VARCHAR(2000),
    enforcement_point  VARCHAR(20),
    enforcement_detail VARCHAR(500),
    current_step       VARCHAR(20) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT NOT NULL
);
CREATE INDEX ix_containment_incident ON containment_action (incident_id, created_at);

CREATE TABLE containment_step (
    containment_action UUID NOT NULL REFERENCES containment_action (id),
    seq                INTEGER NOT NULL,
    reached            VARCHAR(20) NOT NULL,
    taken_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id           UUID,
    actor_name         VARCHAR(200) NOT NULL,
    note               VARCHAR(2000),
    PRIMARY KEY (containment_action, seq)
);

-- Recovery items (RES-4): per asset or service, who restored it, when and how, and the check that it works (復旧確認).
CREATE TABLE recovery_item (
    id                UUID PRIMARY KEY,
    organisation_id   UUID NOT NULL REFERENCES organisation (id),
    incident_id       UUID NOT NULL,
    asset_id          UUID,
    target_name       VARCHAR(200) NOT NULL,
    description       VARCHAR(2000) NOT NULL,
    restorer_kind     VARCHAR(10),
    restorer_user_id  UUID,
    restorer_name     VARCHAR(200),
    method            VARCHAR(30),
    method_detail     VARCHAR(500),
    restored_at       TIMESTAMP WITH TIME ZONE,
    stage             VARCHAR(20) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT NOT NULL
);
CREATE INDEX ix_recovery_incident ON recovery_item (incident_id, created_at);

CREATE TABLE recovery_step (
    recovery_item UUID NOT NULL REFERENCES recovery_item (id),
    seq           INTEGER NOT NULL,
    stage         VARCHAR(20) NOT NULL,
    result        VARCHAR(10),
    taken_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      UUID,
    actor_name    VARCHAR(200) NOT NULL,
    note          VARCHAR(2000),
    PRIMARY KEY (recovery_item, seq)
);
