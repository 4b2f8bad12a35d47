-- RES-4: a recovery item may be restored by a vendor organisation of the directory (its id kept besides its name);
-- a cancelled item keeps stage CANCELLED, which fits the existing column.
ALTER TABLE recovery_item ADD COLUMN restorer_vendor_id UUID;
