-- The clue index is keyed by a 64-bit fingerprint of (organisation, kind, normalised value) instead of the value
-- itself (see ClueFingerprint): a third of the size, numbers to compare instead of strings of up to 500 characters.
-- Existing rows get their fingerprint from the Java migration V86 (SHA-256 is spelt differently in H2 and
-- PostgreSQL SQL); V87 then makes the column mandatory and swaps the index.
ALTER TABLE alert_observable ADD COLUMN fingerprint BIGINT;
