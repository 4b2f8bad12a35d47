-- Scenario playbooks (GEN-3). A playbook is a code per organisation; its versions are immutable documents.
-- latest_version doubles as the optimistic lock when a new version is stored.
CREATE TABLE playbook (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    code            VARCHAR(40) NOT NULL,
    latest_version  INTEGER NOT NULL,
    retired_at      TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (organisation_id, code)
);

CREATE TABLE playbook_version (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL,
    code            VARCHAR(40) NOT NULL,
    version_number  INTEGER NOT NULL,
    title_ja        VARCHAR(200) NOT NULL,
    title_en        VARCHAR(200) NOT NULL,
    categories      VARCHAR(1000) NOT NULL,
    task_count      INTEGER NOT NULL,
    source          VARCHAR(200000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    CONSTRAINT uq_playbook_version UNIQUE (organisation_id, code, version_number),
    CONSTRAINT fk_playbook_version FOREIGN KEY (organisation_id, code) REFERENCES playbook (organisation_id, code)
);
