-- The other side of an outsourcing relation (an outside body of the directory: the principal 委託元 of a contractor,
-- or the contractor 委託先 of a principal) and whether both sides file the PPC report jointly (REP-3).
ALTER TABLE privacy_assessment ADD COLUMN counterpart_body VARCHAR(40);
ALTER TABLE privacy_assessment ADD COLUMN joint_report BOOLEAN DEFAULT FALSE NOT NULL;

-- A contractor's PPC obligations are released (not met) once it has promptly notified its principal: released_by
-- names the obligation whose fulfilment releases this one, released_at when that happened.
ALTER TABLE legal_deadline ADD COLUMN released_by VARCHAR(40);
ALTER TABLE legal_deadline ADD COLUMN released_at TIMESTAMP WITH TIME ZONE;

-- The incident's 知った時 when the revision was made: the clocks count from became_aware_at; when the incident's
-- value later changes to something else, the reporting page asks whether the assessment should follow it.
ALTER TABLE privacy_assessment ADD COLUMN incident_aware_at TIMESTAMP WITH TIME ZONE;
