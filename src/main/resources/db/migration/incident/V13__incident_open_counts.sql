-- Open incidents per priority, kept in step with every save of an incident (IncidentDesk), so that the home page's
-- counts and the queue's total are read from a few rows instead of counting every open incident.
CREATE TABLE incident_open_count (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    priority        INTEGER NOT NULL,
    open_count      BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, priority)
);

INSERT INTO incident_open_count (organisation_id, priority, open_count)
SELECT organisation_id, priority, COUNT(*) FROM incident WHERE open_queue = TRUE GROUP BY organisation_id, priority;
