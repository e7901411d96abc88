-- Issue 12: one shape for revisions (lib/revisions/shape.ts), enforced here as well.
-- The importer wrote entity_type 'Person' (the history reader knows 'person') and, for a
-- changed person, {version} / {changes} instead of whole rows; the case's history page
-- then answered 500. Its rows get the entity type every reader knows; their bodies stay
-- as they were (the reader shows them by summary and never offers them for restore).
UPDATE revision SET entity_type = 'person' WHERE entity_type = 'Person';

ALTER TABLE revision ADD CONSTRAINT revision_entity_type_known CHECK (entity_type IN (
  'person', 'facility', 'citation', 'nameVariant', 'prosecution', 'charge', 'sentence', 'detentionEpisode',
  'placement', 'conditionPeriod', 'relative', 'familyContactEvent', 'legalRepresentation', 'healthNote',
  'designation', 'timelineEvent'));

ALTER TABLE revision ADD CONSTRAINT revision_origin_known CHECK (origin IN (
  'edit', 'restore', 'publish', 'lifecycle', 'source-correction', 'import'));

ALTER TABLE revision ADD CONSTRAINT revision_keeps_a_row CHECK (before IS NOT NULL OR after IS NOT NULL);

-- Each side is the whole row of the revised entity. NOT VALID: the importer's old rows
-- above are kept as history; every row written from now on is checked.
-- (IS NOT DISTINCT FROM: a side without an id must fail the check, not make it NULL, which passes.)
ALTER TABLE revision ADD CONSTRAINT revision_sides_are_rows CHECK (
  (before IS NULL OR (jsonb_typeof(before) = 'object' AND before->>'id' IS NOT DISTINCT FROM entity_id)) AND
  (after IS NULL OR (jsonb_typeof(after) = 'object' AND after->>'id' IS NOT DISTINCT FROM entity_id))) NOT VALID;
