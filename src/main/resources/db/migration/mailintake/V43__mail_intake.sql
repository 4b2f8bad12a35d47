-- One row per polled mailbox: the poll lock (a lease several instances compete for) and the last poll's outcome.
CREATE TABLE mail_intake_mailbox (
    mailbox          VARCHAR(500) PRIMARY KEY,
    lease_holder     VARCHAR(100),
    lease_until      TIMESTAMP WITH TIME ZONE,
    last_poll_at     TIMESTAMP WITH TIME ZONE,
    last_result      VARCHAR(20),
    last_error       VARCHAR(2000),
    last_seen_count  INTEGER NOT NULL,
    last_filed_count INTEGER NOT NULL,
    last_failed_count INTEGER NOT NULL
);

-- Every message taken in, written in the same transaction as its report: a message whose key is here was
-- already filed, so a crash between commit and marking never doubles it.
CREATE TABLE mail_intake_message (
    mailbox      VARCHAR(500) NOT NULL,
    message_key  VARCHAR(1000) NOT NULL,
    report_id    UUID NOT NULL,
    evidence_id  UUID,
    needs_review BOOLEAN NOT NULL,
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (mailbox, message_key)
);
CREATE INDEX ix_mail_intake_message_report ON mail_intake_message (report_id);
