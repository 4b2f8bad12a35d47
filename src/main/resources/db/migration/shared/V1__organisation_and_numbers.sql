-- Every aggregate root names its owning organisation; one default organisation exists from the start.
CREATE TABLE organisation (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    public_body BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO organisation (id, name, public_body, created_at)
VALUES ('00000000-0000-0000-0000-000000000001', 'Default organisation', FALSE, CURRENT_TIMESTAMP);

CREATE TABLE human_number_counter (
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    prefix          VARCHAR(10) NOT NULL,
    year_number     INTEGER NOT NULL,
    last_value      BIGINT NOT NULL,
    PRIMARY KEY (organisation_id, prefix, year_number)
);
