-- Spreadsheets uploaded for import, kept between the dry run and the confirmation (issue 6).
-- CreateTable
CREATE TABLE "import_upload" (
    "id" TEXT NOT NULL,
    "uploaded_by_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_upload_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_upload_uploaded_by_id_created_at_idx" ON "import_upload"("uploaded_by_id", "created_at");

