-- Issue 15: indexes for keyset paging and name lookups at 100,000 persons, the public
-- statistics' years as generated columns, and stored name search keys for the workspace.

-- Keyset paging in name order (directory, exports): one index range per page.
CREATE INDEX "public_person_sort_name_person_id_idx" ON "public_person"("sort_name", "person_id");
CREATE INDEX "person_sort_name_id_idx" ON "person"("sort_name", "id");
-- The held and released exports: the same keyset within one value of held, so a page of
-- released cases is one ordered range, not a bitmap of the rest of the table sorted again.
CREATE INDEX "public_person_held_sort_name_person_id_idx" ON "public_person"("held", "sort_name", "person_id");

-- A source's reading view looks names up by full name and by surname (lib/sources/queries.ts).
CREATE INDEX "name_variant_lower_text_idx" ON "name_variant"(lower("text"));
CREATE INDEX "name_variant_surname_idx" ON "name_variant"(lower(split_part("text", ' ', -1)));

-- /stats by year without reading every record's JSON: the years of each person's public
-- arrests and releases as generated columns (derived from the record, so never out of
-- step, and nothing to maintain by hand), read through an index-only scan.
CREATE FUNCTION casebook_event_years(record JSONB, field TEXT) RETURNS INTEGER[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(left(d->>field, 4)::int ORDER BY left(d->>field, 4)::int), '{}')
  FROM jsonb_array_elements(coalesce(record->'detentions', '[]'::jsonb)) d
  WHERE d->>field ~ '^\d{4}'
$$;

ALTER TABLE "public_person"
  ADD COLUMN "arrest_years" INTEGER[] GENERATED ALWAYS AS (casebook_event_years(record, 'arrestDate')) STORED,
  ADD COLUMN "release_years" INTEGER[] GENERATED ALWAYS AS (casebook_event_years(record, 'releaseDate')) STORED;
CREATE INDEX "public_person_event_years_idx" ON "public_person"("arrest_years", "release_years");

-- One search everywhere: the workspace's case search matches name variants (published or
-- not) by the same phonetic key words as the public directory. The keys are computed in
-- TypeScript (lib/names/rekey.ts); key_version says under which rules (KEY_RULES_VERSION)
-- a row's keys were made, 0 meaning not yet: a renamed variant goes back to 0 here, and
-- the app rekeys rows below the current version before a staff search and at start.
ALTER TABLE "name_variant" ADD COLUMN "key_words" TEXT[] NOT NULL DEFAULT '{}',
  ADD COLUMN "key_version" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "name_variant_key_words_idx" ON "name_variant" USING GIN ("key_words");
CREATE INDEX "name_variant_key_version_idx" ON "name_variant"("key_version");

ALTER TABLE "public_person" ADD COLUMN "name_keys_version" INTEGER NOT NULL DEFAULT 0;
CREATE INDEX "public_person_name_keys_version_idx" ON "public_person"("name_keys_version");

CREATE FUNCTION name_variant_key_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.text IS DISTINCT FROM OLD.text THEN
    NEW.key_version := 0;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER name_variant_key_stale BEFORE UPDATE ON name_variant
  FOR EACH ROW EXECUTE FUNCTION name_variant_key_stale();

-- The lexicon of every name variant's key words, for typo-tolerant lookup (like
-- public_name_word, which holds only published names). Never shown; words are never removed.
CREATE TABLE "name_word" (
    "word" TEXT NOT NULL,
    CONSTRAINT "name_word_pkey" PRIMARY KEY ("word")
);
CREATE INDEX "name_word_word_idx" ON "name_word" USING GIN ("word" gin_trgm_ops);
