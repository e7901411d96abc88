-- Faster fuzzy name search (issue 4; docs/decisions/006-public-search.md).
--
-- Matching a query key against each person's whole name_keys string with pg_trgm made
-- the index return several candidates per match (5,672 rows for 510 matches of
-- "Kavalevich" at 100,000 persons), each rechecked by computing trigram similarity
-- against a wide row. Instead, the fuzzy match now runs against a small lexicon of the
-- distinct key words (public_name_word), and the people are found by exact overlap of
-- their key words (name_words, GIN array index): no recheck, no wasted rows.

CREATE FUNCTION casebook_key_words(keys text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT coalesce(array_agg(DISTINCT w ORDER BY w), '{}') FROM regexp_split_to_table(keys, '[ ;]+') AS w WHERE w <> ''
$$;

-- AlterTable
ALTER TABLE "public_person" ADD COLUMN "name_words" TEXT[] GENERATED ALWAYS AS (casebook_key_words(name_keys)) STORED;

-- CreateIndex
CREATE INDEX "public_person_name_words_idx" ON "public_person" USING GIN ("name_words");

-- CreateTable
CREATE TABLE "public_name_word" (
    "word" TEXT NOT NULL,
    CONSTRAINT "public_name_word_pkey" PRIMARY KEY ("word")
);

-- CreateIndex
CREATE INDEX "public_name_word_word_idx" ON "public_name_word" USING GIN ("word" gin_trgm_ops);

INSERT INTO public_name_word SELECT DISTINCT unnest(name_words) FROM public_person ON CONFLICT DO NOTHING;

-- Every key word of a published person joins the lexicon. Words are never removed: a
-- stale word matches no one (the people are found through public_person), and the
-- lexicon is never shown.
CREATE FUNCTION public_name_words_learn() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public_name_word SELECT DISTINCT unnest(name_words) FROM changed ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

CREATE TRIGGER public_name_words_on_insert AFTER INSERT ON public_person
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public_name_words_learn();
CREATE TRIGGER public_name_words_on_update AFTER UPDATE ON public_person
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION public_name_words_learn();
