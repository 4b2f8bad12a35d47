-- The APPI assessment of an incident, one row per revision: a change never overwrites, so the history of what
-- was assessed, by whom, and which deadlines followed from it stays readable (REP-3).
CREATE TABLE privacy_assessment (
    organisation_id        UUID NOT NULL REFERENCES organisation (id),
    incident_id            UUID NOT NULL,
    revision               INTEGER NOT NULL,
    personal_info          BOOLEAN NOT NULL,
    sensitive              BOOLEAN NOT NULL,
    financial              BOOLEAN NOT NULL,
    my_number              BOOLEAN NOT NULL,
    other_kinds            BOOLEAN NOT NULL,
    persons_exact          INTEGER,
    persons_min            INTEGER,
    persons_max            INTEGER,
    unauthorised_purpose   BOOLEAN NOT NULL,
    strongly_encrypted     BOOLEAN NOT NULL,
    outsourcing            VARCHAR(20) NOT NULL,
    public_body            BOOLEAN NOT NULL,
    became_aware_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    notes                  VARCHAR(4000),
    ppc_report_required    BOOLEAN NOT NULL,
    notice_required        BOOLEAN NOT NULL,
    rules_fired            VARCHAR(200) NOT NULL,
    preliminary_warn_at    TIMESTAMP WITH TIME ZONE,
    preliminary_due_at     TIMESTAMP WITH TIME ZONE,
    final_due_at           TIMESTAMP WITH TIME ZONE,
    assessed_by            UUID NOT NULL,
    assessed_by_name       VARCHAR(200) NOT NULL,
    assessed_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, revision)
);

-- The legal clocks in force: rewritten from the latest assessment, read by the deadline board in due order.
CREATE TABLE legal_deadline (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    incident_id     UUID NOT NULL,
    kind            VARCHAR(40) NOT NULL,
    required        BOOLEAN NOT NULL,
    rule_code       VARCHAR(200) NOT NULL,
    warn_at         TIMESTAMP WITH TIME ZONE,
    due_at          TIMESTAMP WITH TIME ZONE,
    met_at          TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (incident_id, kind)
);
CREATE INDEX ix_legal_deadline_board ON legal_deadline (organisation_id, met_at, due_at, incident_id);

-- One row per reminder threshold reached: the primary key is what makes a reminder go out once, even after a
-- restart or with two application instances racing for it.
CREATE TABLE legal_reminder (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    incident_id     UUID NOT NULL,
    kind            VARCHAR(40) NOT NULL,
    threshold       VARCHAR(20) NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, kind, threshold, due_at)
);

-- The notification plan (REP-1 to REP-4): who is told what, by when, through which channel; once sent the
-- content is frozen.
CREATE TABLE notification (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES organisation (id),
    incident_id      UUID NOT NULL,
    recipient_kind   VARCHAR(40) NOT NULL,
    requirement      VARCHAR(20) NOT NULL,
    reason           VARCHAR(1000),
    due_at           TIMESTAMP WITH TIME ZONE,
    status           VARCHAR(20) NOT NULL,
    channel          VARCHAR(20) NOT NULL,
    recipient        VARCHAR(500),
    language         VARCHAR(5) NOT NULL,
    document_kind    VARCHAR(40),
    subject          VARCHAR(500),
    content          VARCHAR(100000),
    evidence_ids     VARCHAR(4000),
    sent_by_name     VARCHAR(200),
    sent_at          TIMESTAMP WITH TIME ZONE,
    acknowledged_at  TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT NOT NULL
);
CREATE INDEX ix_notification_incident ON notification (incident_id, created_at, id);

-- REP-5: the confirmation that no ransom is paid and nobody negotiates, with who confirmed it.
CREATE TABLE ransom_decision (
    incident_id       UUID PRIMARY KEY,
    organisation_id   UUID NOT NULL REFERENCES organisation (id),
    confirmed_by      UUID NOT NULL,
    confirmed_by_name VARCHAR(200) NOT NULL,
    confirmed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    note              VARCHAR(2000)
);

-- The durable outbox: a message is written in the transaction of the change that caused it and sent later by
-- whichever instance claims it; it is marked sent only after the SMTP server accepted it.
CREATE TABLE mail_outbox (
    id               UUID PRIMARY KEY,
    organisation_id  UUID NOT NULL REFERENCES organisation (id),
    dedupe_key       VARCHAR(300) NOT NULL,
    purpose          VARCHAR(30) NOT NULL,
    recipient        VARCHAR(320) NOT NULL,
    language         VARCHAR(5) NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    attempts         INTEGER NOT NULL,
    next_attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by       VARCHAR(100),
    claimed_until    TIMESTAMP WITH TIME ZONE,
    last_error       VARCHAR(2000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at          TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX ux_mail_outbox_dedupe ON mail_outbox (dedupe_key);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_org ON mail_outbox (organisation_id, status, created_at);
