-- Vendor organisations taking part in an incident: a VENDOR account reads an incident only while its vendor has
-- work on it (issue 4). The response module shares and unshares through IncidentDesk.
CREATE TABLE incident_participant (
    incident_id     UUID NOT NULL REFERENCES incident (id),
    vendor_id       UUID NOT NULL,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    shared_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (incident_id, vendor_id)
);
CREATE INDEX ix_incident_participant_vendor ON incident_participant (vendor_id, incident_id);
