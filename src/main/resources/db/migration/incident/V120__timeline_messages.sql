-- Handling-log lines written by the system are kept as a message key and its arguments (JSON text) and rendered in
-- the reader's language; text keeps the Japanese rendering for search. Lines written before as 「日本語 / English」
-- pairs are split: text keeps the Japanese half, text_en takes the English one. Each pair is cut at the start of its
-- English template, so that a " / " a person typed inside the Japanese half does not cut it.
ALTER TABLE incident_timeline ADD COLUMN message_key VARCHAR(100);
ALTER TABLE incident_timeline ADD COLUMN message_args VARCHAR(4000);
ALTER TABLE incident_timeline ADD COLUMN text_en VARCHAR(4000);

-- processes moved automatically: 「…」を自動で… / "…" moved automatically…
UPDATE incident_timeline
   SET text_en = SUBSTRING(text FROM POSITION(' / "' IN text) + 3),
       text = SUBSTRING(text FROM 1 FOR POSITION(' / "' IN text) - 1)
 WHERE entry_type = 'PROCESS_ADVANCED' AND text_en IS NULL AND POSITION(' / "' IN text) > 1;

-- tasks completed, answered or re-opened by the work, and tasks reassigned: タスク「…」… / Task "…"…
UPDATE incident_timeline
   SET text_en = SUBSTRING(text FROM POSITION(' / Task "' IN text) + 3),
       text = SUBSTRING(text FROM 1 FOR POSITION(' / Task "' IN text) - 1)
 WHERE entry_type = 'NOTE' AND text_en IS NULL AND text LIKE 'タスク「%' AND POSITION(' / Task "' IN text) > 1;

-- containment actions: 応急処置「…」… / Containment action "…"…
UPDATE incident_timeline
   SET text_en = SUBSTRING(text FROM POSITION(' / Containment action "' IN text) + 3),
       text = SUBSTRING(text FROM 1 FOR POSITION(' / Containment action "' IN text) - 1)
 WHERE entry_type = 'NOTE' AND text_en IS NULL AND text LIKE '応急処置「%' AND POSITION(' / Containment action "' IN text) > 1;

-- recovery checks: 復旧確認「…」… / Recovery check "…"…
UPDATE incident_timeline
   SET text_en = SUBSTRING(text FROM POSITION(' / Recovery check "' IN text) + 3),
       text = SUBSTRING(text FROM 1 FOR POSITION(' / Recovery check "' IN text) - 1)
 WHERE entry_type = 'NOTE' AND text_en IS NULL AND text LIKE '復旧確認「%' AND POSITION(' / Recovery check "' IN text) > 1;

-- recovery items planned, moved or cancelled: 復旧対応「…」… / Recovery "…"…
UPDATE incident_timeline
   SET text_en = SUBSTRING(text FROM POSITION(' / Recovery "' IN text) + 3),
       text = SUBSTRING(text FROM 1 FOR POSITION(' / Recovery "' IN text) - 1)
 WHERE entry_type = 'NOTE' AND text_en IS NULL AND text LIKE '復旧対応「%' AND POSITION(' / Recovery "' IN text) > 1;

-- alerts attached, the one pair written English first: alerts attached / アラート紐付け (n):\n<the alerts>
UPDATE incident_timeline
   SET text_en = 'alerts attached' || SUBSTRING(text FROM 26),
       text = 'アラート紐付け' || SUBSTRING(text FROM 26)
 WHERE entry_type = 'NOTE' AND text_en IS NULL AND text LIKE 'alerts attached / アラート紐付け%';

-- times set by hand, stored as codes before (containedAt = 2026-12-03T09:31:16.947814Z): kept as the sentence's key and
-- arguments, so that they read 「封じ込め日時を 2026年12月3日 18:31 に設定」 in the reader's zone
UPDATE incident_timeline
   SET message_key = 'incident.log.TIMESTAMP_SET',
       message_args = '[{"key":"incident.field.' || SUBSTRING(text FROM 1 FOR POSITION(' = ' IN text) - 1) || '","or":"'
           || SUBSTRING(text FROM 1 FOR POSITION(' = ' IN text) - 1) || '"},{"at":"'
           || SUBSTRING(text FROM POSITION(' = ' IN text) + 3) || '"}]'
 WHERE entry_type = 'TIMESTAMP_SET' AND message_key IS NULL AND text LIKE '%Z' AND POSITION(' = ' IN text) > 1
   AND POSITION(' ' IN text) = POSITION(' = ' IN text) AND POSITION('"' IN text) = 0;

-- states moved, stored as codes before (OPEN → CONTAINED)
UPDATE incident_timeline
   SET message_key = 'incident.log.STATE_CHANGED',
       message_args = '[{"key":"incidentState.' || SUBSTRING(text FROM 1 FOR POSITION(' → ' IN text) - 1) || '"},{"key":"incidentState.'
           || SUBSTRING(text FROM POSITION(' → ' IN text) + 3) || '"}]'
 WHERE entry_type = 'STATE_CHANGED' AND message_key IS NULL AND POSITION(' → ' IN text) > 1 AND POSITION('"' IN text) = 0
   AND POSITION(' ' IN text) = POSITION(' → ' IN text);
