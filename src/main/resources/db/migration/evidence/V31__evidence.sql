-- Evidence items (RES-2): what was collected, from where, by whom, how, its hash, and its file if uploaded.
CREATE TABLE evidence_blob (
    sha256     CHAR(64) PRIMARY KEY,
    size_bytes BIGINT NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE evidence_item (
    id                UUID PRIMARY KEY,
    organisation_id   UUID NOT NULL REFERENCES organisation (id),
    incident_id       UUID NOT NULL,
    number            VARCHAR(30) NOT NULL,
    kind              VARCHAR(30) NOT NULL,
    volatility_rank   INTEGER NOT NULL,
    title             VARCHAR(200) NOT NULL,
    source_asset_id   UUID,
    collected_by      VARCHAR(200) NOT NULL,
    collected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    method            VARCHAR(500),
    storage_location  VARCHAR(500),
    size_bytes        BIGINT,
    sha256            CHAR(64),
    blob_sha256       CHAR(64) REFERENCES evidence_blob (sha256),
    file_name         VARCHAR(255),
    media_type        VARCHAR(200),
    notes             VARCHAR(4000),
    registered_by     UUID NOT NULL,
    registered_by_name VARCHAR(200) NOT NULL,
    registered_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_evidence_number ON evidence_item (organisation_id, number);
CREATE INDEX ix_evidence_incident ON evidence_item (incident_id, volatility_rank, registered_at);

-- Chain of custody: append-only; a correction is a new entry naming the entry it corrects.
CREATE TABLE custody_entry (
    id                 UUID PRIMARY KEY,
    evidence_id        UUID NOT NULL REFERENCES evidence_item (id),
    position           INTEGER NOT NULL,
    from_holder        VARCHAR(200),
    to_holder          VARCHAR(200) NOT NULL,
    transferred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose            VARCHAR(500) NOT NULL,
    location           VARCHAR(500),
    corrects_position  INTEGER,
    recorded_by        VARCHAR(200) NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX ux_custody_position ON custody_entry (evidence_id, position);

-- A suspicious mail kept as an inert artefact (DET-4): parsed once, never rendered, nothing fetched.
CREATE TABLE mail_artifact (
    evidence_id            UUID PRIMARY KEY REFERENCES evidence_item (id),
    from_header            VARCHAR(2000),
    reply_to               VARCHAR(2000),
    return_path            VARCHAR(2000),
    message_id             VARCHAR(2000),
    date_header            VARCHAR(500),
    subject                VARCHAR(2000),
    authentication_results VARCHAR(8000),
    received_chain         VARCHAR(60000),
    text_body              VARCHAR(1000000),
    html_source            VARCHAR(1000000),
    parse_problem          VARCHAR(2000)
);

CREATE TABLE mail_attachment (
    evidence_id  UUID NOT NULL REFERENCES evidence_item (id),
    position     INTEGER NOT NULL,
    file_name    VARCHAR(500),
    media_type   VARCHAR(200),
    size_bytes   BIGINT NOT NULL,
    md5          CHAR(32) NOT NULL,
    sha1         CHAR(40) NOT NULL,
    sha256       CHAR(64) NOT NULL,
    PRIMARY KEY (evidence_id, position)
);

-- Observables / IOCs, normalised, and the incidents they were seen in.
CREATE TABLE observable (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    type            VARCHAR(20) NOT NULL,
    indicator       VARCHAR(2000) NOT NULL,
    tlp             VARCHAR(20) NOT NULL,
    first_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen       TIMESTAMP WITH TIME ZONE NOT NULL,
    tags            VARCHAR(500)
);
CREATE UNIQUE INDEX ux_observable_value ON observable (organisation_id, type, indicator);
CREATE INDEX ix_observable_lookup ON observable (organisation_id, indicator);

CREATE TABLE incident_observable (
    incident_id   UUID NOT NULL,
    observable_id UUID NOT NULL REFERENCES observable (id),
    source        VARCHAR(200),
    added_by      VARCHAR(200) NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, observable_id)
);
CREATE INDEX ix_incident_observable_obs ON incident_observable (observable_id, incident_id);
