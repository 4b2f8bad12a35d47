-- The version of the record a piece of work stands at, from its event (0: unknown). Two changes of one recovery item
-- heard at once (in progress, restored) arrive in any order; the later version wins, not the order of arrival.
ALTER TABLE response_work ADD COLUMN record_version BIGINT NOT NULL DEFAULT 0;
