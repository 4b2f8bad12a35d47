-- Tamper evidence: every entry carries its position in one chain, the previous entry's hash and its own
-- hash over a canonical form of its content. Appends serialise on the single head row.
ALTER TABLE audit_entry ADD COLUMN seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64);
CREATE UNIQUE INDEX ux_audit_seq ON audit_entry (seq);

CREATE TABLE audit_chain_head (
    id        INTEGER PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
