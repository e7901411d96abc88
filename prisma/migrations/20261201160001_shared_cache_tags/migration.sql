-- Which Next cache tags were revalidated, shared by every app instance
-- (lib/cache/shared-cache-handler.mjs; docs/decisions/018-several-instances.md).
CREATE TABLE "cache_tag" (
    "tag" TEXT NOT NULL,
    "version" BIGSERIAL NOT NULL,
    "revalidated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "cache_tag_pkey" PRIMARY KEY ("tag")
);

CREATE INDEX "cache_tag_version_idx" ON "cache_tag"("version");
