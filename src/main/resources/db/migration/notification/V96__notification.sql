-- In-app notifications: the kind and its parameters are stored, the text is rendered in the reader's language when shown.
CREATE TABLE inbox_notice (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    recipient_id    UUID NOT NULL,
    kind            VARCHAR(40) NOT NULL,
    params          VARCHAR(8000) NOT NULL,
    link            VARCHAR(300),
    dedupe_key      VARCHAR(300) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at         TIMESTAMP WITH TIME ZONE
);
-- the same notice (e.g. a republished event) reaches a reader once
CREATE UNIQUE INDEX ux_inbox_notice_dedupe ON inbox_notice (recipient_id, dedupe_key);
-- "mine, newest first" and the unread count in the header
CREATE INDEX ix_inbox_notice_mine ON inbox_notice (recipient_id, created_at, id);
CREATE INDEX ix_inbox_notice_unread ON inbox_notice (recipient_id, read_at);

-- Which kinds a user also wants by e-mail; no row means yes.
CREATE TABLE inbox_mail_setting (
    user_id         UUID NOT NULL,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    kind            VARCHAR(40) NOT NULL,
    by_mail         BOOLEAN NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- Who gave a task, so that the vendor's answer goes back to that person.
CREATE TABLE inbox_task_owner (
    task_id         UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    assigned_by     UUID NOT NULL,
    assigned_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Each due reminder of a task (per due date, so moving the date reminds again) is sent once.
CREATE TABLE inbox_task_reminder (
    task_id         UUID NOT NULL,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    threshold       VARCHAR(20) NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (task_id, threshold, due_at)
);

-- The lease of a scheduled job that runs across organisations, so that one instance runs it at a time.
CREATE TABLE inbox_job_lock (
    job          VARCHAR(60) PRIMARY KEY,
    lease_holder VARCHAR(200),
    lease_until  TIMESTAMP WITH TIME ZONE
);
