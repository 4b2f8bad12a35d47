-- The number of reports per organisation, kept in a few slots that filings increment at random, so that concurrent
-- filings rarely wait for one another. The unfiltered report list reads its total from here instead of counting
-- every report. Reports are never deleted; every insert goes through the filing path that increments a slot.
CREATE TABLE report_tally (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    slot            INTEGER NOT NULL,
    reports         BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, slot)
);
INSERT INTO report_tally (organisation_id, slot, reports)
SELECT organisation_id, 0, COUNT(*) FROM report GROUP BY organisation_id;
