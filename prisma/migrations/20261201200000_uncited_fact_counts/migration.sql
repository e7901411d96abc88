-- Issue 15: the sourcing worklist ranked every published case by counting all its uncited
-- public facts on each request (2.7 s at 100,000 persons: 1.26 million facts). The count is
-- now kept on the case's public record: refresh_public_person() rebuilds public_person on
-- every write that changes public content (an item, its visibility, a citation, its
-- confirmation), and a trigger counts the facts as the row is written. The rules are
-- lib/sourcing/coverage.ts's (which lists the facts themselves); scale-guards checks that the
-- two agree for every case.

CREATE FUNCTION casebook_uncited_facts(p_person_id text) RETURNS integer
LANGUAGE sql STABLE AS $$
  SELECT (
    (SELECT count(*) FROM "name_variant" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'NAME_VARIANT' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "prosecution" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'PROSECUTION' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "charge" f JOIN prosecution pr ON pr.id = f.prosecution_id WHERE pr.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'CHARGE' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "sentence" f JOIN prosecution pr ON pr.id = f.prosecution_id WHERE pr.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'SENTENCE' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "detention_episode" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'DETENTION_EPISODE' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "placement" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'PLACEMENT' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "condition_period" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'CONDITION_PERIOD' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "relative" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'RELATIVE' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "family_contact_event" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'FAMILY_CONTACT_EVENT' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "legal_representation" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'LEGAL_REPRESENTATION' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "designation" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC'
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'DESIGNATION' AND c.subject_id = f.id AND c.confirmed))
  +     (SELECT count(*) FROM "timeline_event" f WHERE f.person_id = p_person_id AND f.visibility = 'PUBLIC' AND f.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'TIMELINE_EVENT' AND c.subject_id = f.id AND c.confirmed))
  + (SELECT count(*) FROM person p2
      CROSS JOIN LATERAL (VALUES ('bio', p2.bio IS NOT NULL), ('occupation', p2.occupation IS NOT NULL),
        ('citizenship', p2.citizenship IS NOT NULL)) AS fields(field, present)
      WHERE p2.id = p_person_id AND present
        AND NOT EXISTS (SELECT 1 FROM citation c WHERE c.subject_type = 'PERSON' AND c.subject_id = p2.id
          AND c.field = fields.field AND c.confirmed))
  )::integer
$$;

ALTER TABLE "public_person" ADD COLUMN "uncited_facts" INTEGER NOT NULL DEFAULT 0;

-- A restore (lib/backup/restore.ts) copies tables one by one: the count goes back as it was
-- saved, not recounted against tables not yet restored.
CREATE FUNCTION public_person_count_uncited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('casebook.restoring', true) = 'on' THEN
    RETURN NEW;
  END IF;
  NEW.uncited_facts := casebook_uncited_facts(NEW.person_id);
  RETURN NEW;
END $$;
CREATE TRIGGER public_person_count_uncited BEFORE INSERT ON "public_person"
  FOR EACH ROW EXECUTE FUNCTION public_person_count_uncited();

UPDATE "public_person" SET "uncited_facts" = casebook_uncited_facts("person_id");

-- The worklist reads the cases that have any, most first.
CREATE INDEX "public_person_uncited_facts_idx" ON "public_person"("uncited_facts" DESC, "sort_name", "person_id")
  WHERE "uncited_facts" > 0;
