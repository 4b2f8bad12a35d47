-- The report tally, now per status and category: the list's total for no filter, a status, a category or both is
-- the sum of a few rows instead of a count over every matching report. Filing adds one to a random slot of its
-- (status, category); triage moves one from the old status's row to the new one's (a category never changes and
-- reports are never deleted). A slot may go below zero when triage takes from a slot that filing did not fill;
-- only the sums mean something.
CREATE TABLE report_count (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    status          VARCHAR(20) NOT NULL,
    category        VARCHAR(40) NOT NULL,
    slot            INTEGER NOT NULL,
    reports         BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, status, category, slot)
);
INSERT INTO report_count (organisation_id, status, category, slot, reports)
SELECT organisation_id, status, category, 0, COUNT(*) FROM report GROUP BY organisation_id, status, category;
DROP TABLE report_tally;
