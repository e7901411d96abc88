-- Full-text words of the public search text (issue 4; docs/decisions/006-public-search.md).
-- Non-name words (charges, facility names, bio) are matched exactly, or as a prefix,
-- through this index; trigram rechecks on the long search_text were the slow part of
-- search at 100,000 persons. Generated, so every refresh_public_person() keeps it current.

-- AlterTable
ALTER TABLE "public_person" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED;

-- CreateIndex
CREATE INDEX "public_person_search_vector_idx" ON "public_person" USING GIN ("search_vector");
