-- GEN-1: the process lanes follow the work automatically, but never over a value a person set. Until now every
-- change of a lane was made by hand, so a lane that differs from what an incident is declared with was set by hand.
ALTER TABLE incident ADD COLUMN detection_by_hand BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incident ADD COLUMN triage_by_hand BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incident ADD COLUMN response_by_hand BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE incident ADD COLUMN reporting_by_hand BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE incident SET detection_by_hand = TRUE WHERE detection_state <> 'DONE';
UPDATE incident SET triage_by_hand = TRUE WHERE triage_state <> 'DONE';
UPDATE incident SET response_by_hand = TRUE WHERE response_state <> 'NOT_STARTED';
UPDATE incident SET reporting_by_hand = TRUE WHERE reporting_state <> 'NOT_STARTED';

-- The lanes are written beside the aggregate from now on (by hand, or moved by the work); a new incident starts from
-- these values: detected and triaged when it is declared, response and reporting not yet started.
ALTER TABLE incident ALTER COLUMN detection_state SET DEFAULT 'DONE';
ALTER TABLE incident ALTER COLUMN triage_state SET DEFAULT 'DONE';
ALTER TABLE incident ALTER COLUMN response_state SET DEFAULT 'NOT_STARTED';
ALTER TABLE incident ALTER COLUMN reporting_state SET DEFAULT 'NOT_STARTED';
