-- Issue 15: indexes for keyset paging and name lookups at 100,000 persons, and the
-- public statistics kept as a maintained aggregate instead of read from every record.

-- Keyset paging in name order (directory, exports): one index range per page.
CREATE INDEX "public_person_sort_name_person_id_idx" ON "public_person"("sort_name", "person_id");
CREATE INDEX "person_sort_name_id_idx" ON "person"("sort_name", "id");

-- A source's reading view looks names up by full name and by surname (lib/sources/queries.ts).
CREATE INDEX "name_variant_lower_text_idx" ON "name_variant"(lower("text"));
CREATE INDEX "name_variant_surname_idx" ON "name_variant"(lower(split_part("text", ' ', -1)));

-- /stats counts: each change to public_person appends its differences (-1 for the old
-- row's facts, +1 for the new row's) to this log, insert-only so that concurrent publishes
-- never wait on, or deadlock over, shared counter rows. Readers sum it by (dimension, value);
-- lib/public/stats.ts folds it back to one row per value now and then.
CREATE TABLE "public_stat_delta" (
    "id" BIGSERIAL NOT NULL,
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "public_stat_delta_pkey" PRIMARY KEY ("id")
);

-- The facts /stats counts of one projected person: status, region ('' for none), and
-- the year of each public arrest and release.
CREATE FUNCTION casebook_public_stat_facts(status TEXT, region TEXT, record JSONB)
RETURNS TABLE (dimension TEXT, value TEXT) LANGUAGE sql IMMUTABLE AS $$
  SELECT 'status', status
  UNION ALL SELECT 'region', coalesce(region, '')
  UNION ALL SELECT 'arrest_year', extract(year FROM (d->>'arrestDate')::date)::int::text
    FROM jsonb_array_elements(coalesce(record->'detentions', '[]'::jsonb)) d WHERE d->>'arrestDate' IS NOT NULL
  UNION ALL SELECT 'release_year', extract(year FROM (d->>'releaseDate')::date)::int::text
    FROM jsonb_array_elements(coalesce(record->'detentions', '[]'::jsonb)) d WHERE d->>'releaseDate' IS NOT NULL
$$;

CREATE FUNCTION casebook_public_stat_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO public_stat_delta (dimension, value, n)
    SELECT f.dimension, f.value, count(*)::int FROM casebook_public_stat_facts(NEW.status, NEW.region, NEW.record) f
    GROUP BY f.dimension, f.value;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO public_stat_delta (dimension, value, n)
    SELECT f.dimension, f.value, -count(*)::int FROM casebook_public_stat_facts(OLD.status, OLD.region, OLD.record) f
    GROUP BY f.dimension, f.value;
  ELSIF OLD.status IS DISTINCT FROM NEW.status OR OLD.region IS DISTINCT FROM NEW.region
     OR OLD.record->'detentions' IS DISTINCT FROM NEW.record->'detentions' THEN
    INSERT INTO public_stat_delta (dimension, value, n)
    SELECT f.dimension, f.value, sum(f.delta)::int FROM (
      SELECT o.dimension, o.value, -1 AS delta FROM casebook_public_stat_facts(OLD.status, OLD.region, OLD.record) o
      UNION ALL
      SELECT c.dimension, c.value, 1 FROM casebook_public_stat_facts(NEW.status, NEW.region, NEW.record) c
    ) f GROUP BY f.dimension, f.value HAVING sum(f.delta) <> 0;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER public_person_stat_track AFTER INSERT OR UPDATE OR DELETE ON public_person
  FOR EACH ROW EXECUTE FUNCTION casebook_public_stat_track();

INSERT INTO public_stat_delta (dimension, value, n)
SELECT f.dimension, f.value, count(*)::int
FROM public_person p, casebook_public_stat_facts(p.status, p.region, p.record) f
GROUP BY f.dimension, f.value;

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
