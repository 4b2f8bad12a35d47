-- Spring Modulith's event publication registry (schema v2), kept portable between H2 and PostgreSQL so that
-- Flyway owns every table. Completed publications are deleted (spring.modulith.events.completion-mode).
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512) NOT NULL,
    event_type             VARCHAR(512) NOT NULL,
    serialized_event       VARCHAR(1000000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_event_publication_listener ON event_publication (listener_id);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
