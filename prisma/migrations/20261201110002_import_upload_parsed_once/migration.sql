-- An uploaded spreadsheet is parsed once, at upload, in a parse worker; the dry run and
-- the import read the stored result (issue 12, docs/decisions/013).
ALTER TABLE "import_upload" ADD COLUMN "sheet" JSONB;
