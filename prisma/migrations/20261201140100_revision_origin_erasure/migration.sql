-- Issue 14: erasing a restricted value for good (lib/cases/erase.ts) keeps a revision with
-- origin 'erasure' (never offered for restore); the list of known origins (issue 12's
-- revision_origin_known) gains it.
ALTER TABLE revision DROP CONSTRAINT revision_origin_known;
ALTER TABLE revision ADD CONSTRAINT revision_origin_known CHECK (origin IN (
  'edit', 'restore', 'publish', 'lifecycle', 'source-correction', 'import', 'erasure'));
