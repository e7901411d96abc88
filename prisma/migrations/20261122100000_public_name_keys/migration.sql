-- Phonetic name keys for the public search (issue 4; docs/decisions/006-public-search.md).
-- Computed in TypeScript from the romanisation tables (lib/names/search-key.ts) and
-- written by lib/publication/projection.ts right after refresh_public_person(), which
-- leaves the column at '' (search then still finds names through search_text).

-- AlterTable
ALTER TABLE "public_person" ADD COLUMN     "name_keys" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "public_person_name_keys_idx" ON "public_person" USING GIN ("name_keys" gin_trgm_ops);
