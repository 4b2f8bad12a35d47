-- Task notes written by the system are kept as a message key and its arguments (JSON text) and rendered in the
-- reader's language; note keeps the Japanese rendering. Notes written before as 「日本語 / English」 pairs are split:
-- note keeps the Japanese half, note_en takes the English one. Notes people typed stay as they are.
ALTER TABLE task_note ADD COLUMN note_key VARCHAR(100);
ALTER TABLE task_note ADD COLUMN note_args VARCHAR(4000);
ALTER TABLE task_note ADD COLUMN note_en VARCHAR(4000);

-- tasks completed, answered or re-opened by the work: タスク「…」は…により完了 / Task "…" completed by …
UPDATE task_note
   SET note_en = SUBSTRING(note FROM POSITION(' / Task "' IN note) + 3),
       note = SUBSTRING(note FROM 1 FOR POSITION(' / Task "' IN note) - 1)
 WHERE author_name = 'Hikeshi' AND note_en IS NULL AND note LIKE 'タスク「%' AND POSITION(' / Task "' IN note) > 1;

-- a vendor's answer: 回答 / answered (2 file(s))
UPDATE task_note
   SET note_en = 'answered' || SUBSTRING(note FROM 14),
       note = '回答' || REPLACE(SUBSTRING(note FROM 14), ' file(s))', ' 件の添付)')
 WHERE note_en IS NULL AND note LIKE '回答 / answered%';
