-- A TOTP code is single-use: the time step of the last accepted code is remembered and
-- only a later step is accepted (issue 12, docs/decisions/013).
ALTER TABLE "app_user" ADD COLUMN "totp_last_step" BIGINT;
