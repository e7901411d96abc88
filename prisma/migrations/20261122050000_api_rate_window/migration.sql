-- Public API rate limiting (issue 6): one fixed-window counter per client.
-- CreateTable
CREATE TABLE "api_rate_window" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "api_rate_window_pkey" PRIMARY KEY ("key")
);

