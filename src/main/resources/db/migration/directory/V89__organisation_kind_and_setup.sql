-- The organisation's English name and kind (GEN-2), and the progress of the first-run set-up.
ALTER TABLE organisation ADD COLUMN name_en VARCHAR(200);
ALTER TABLE organisation ADD COLUMN kind VARCHAR(20);

-- One row per organisation: the people and vendor chosen so far (users and vendor by id), the steps answered,
-- and whether the set-up was completed or skipped. Passwords are never kept here.
CREATE TABLE setup_progress (
    organisation_id    UUID PRIMARY KEY REFERENCES organisation (id),
    steps_done         VARCHAR(200) NOT NULL,
    person_responsible UUID,
    person_deputy UUID,
    person_desk UUID,
    person_system UUID,
    vendor_id          UUID,
    vendor_user        UUID,
    person_management UUID,
    person_pr UUID,
    person_legal UUID,
    completed_at       TIMESTAMP WITH TIME ZONE,
    skipped_at         TIMESTAMP WITH TIME ZONE,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
