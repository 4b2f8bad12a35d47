-- Issue 17: an asset has one vendor field, the vendor of the directory. A free-text maintaining vendor is linked to
-- the organisation's vendor of the same name (ignoring case and surrounding spaces), registered when there is none,
-- so no text is lost; maintaining_vendor keeps the vendor's name as written. An asset already linked whose text
-- says something else keeps that text at the end of its description.
UPDATE asset SET description = COALESCE(description || ' / ', '') || '保守ベンダー（旧記載）: ' || TRIM(maintaining_vendor)
WHERE vendor_id IS NOT NULL AND maintaining_vendor IS NOT NULL AND TRIM(maintaining_vendor) <> ''
  AND COALESCE(LENGTH(description), 0) + LENGTH(maintaining_vendor) < 3900
  AND NOT EXISTS (SELECT 1 FROM vendor v WHERE v.id = asset.vendor_id AND LOWER(TRIM(v.name)) = LOWER(TRIM(asset.maintaining_vendor)));

INSERT INTO vendor (id, organisation_id, name, active, created_at, version)
SELECT gen_random_uuid(), n.organisation_id, n.name, TRUE, CURRENT_TIMESTAMP, 0
FROM (SELECT a.organisation_id, MIN(TRIM(a.maintaining_vendor)) AS name
      FROM asset a
      WHERE a.vendor_id IS NULL AND a.maintaining_vendor IS NOT NULL AND TRIM(a.maintaining_vendor) <> ''
      GROUP BY a.organisation_id, LOWER(TRIM(a.maintaining_vendor))) n
WHERE NOT EXISTS (SELECT 1 FROM vendor v WHERE v.organisation_id = n.organisation_id AND LOWER(TRIM(v.name)) = LOWER(n.name));

UPDATE asset SET vendor_id = (
    SELECT v.id FROM vendor v
    WHERE v.organisation_id = asset.organisation_id AND LOWER(TRIM(v.name)) = LOWER(TRIM(asset.maintaining_vendor))
    ORDER BY v.active DESC, v.created_at, v.id LIMIT 1)
WHERE vendor_id IS NULL AND maintaining_vendor IS NOT NULL AND TRIM(maintaining_vendor) <> '';
