-- Restricted values sealed at rest (issue 14; docs/decisions/016-sealed-restricted-values.md).
--
-- Every restricted value (relatives' contact details, restricted items' notes, health
-- notes, internal notes, TOTP secrets) is stored as "cbx1.<data key id>.<ciphertext>",
-- encrypted with AES-256-GCM under a data key of its own. Data keys are kept here only
-- wrapped by the key-encryption key, which lives outside the database.

-- CreateTable
CREATE TABLE "data_key" (
    "id" TEXT NOT NULL,
    "kek_version" INTEGER NOT NULL,
    "wrapped" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "rewrapped_at" TIMESTAMP(3),

    CONSTRAINT "data_key_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "data_key_kek_version_idx" ON "data_key"("kek_version");

-- The database refuses a restricted value in plain text, whatever path writes it. NOT VALID:
-- rows written before this migration are sealed by the app's start (lib/vault/seal-existing.ts),
-- which then validates these constraints.
CREATE FUNCTION casebook_sealed(value text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT value IS NULL OR value LIKE 'cbx1.%'
$$;

ALTER TABLE "person" ADD CONSTRAINT "person_internal_note_sealed" CHECK (casebook_sealed(internal_note)) NOT VALID;
ALTER TABLE "prosecution" ADD CONSTRAINT "prosecution_internal_note_sealed" CHECK (casebook_sealed(internal_note)) NOT VALID;
ALTER TABLE "detention_episode" ADD CONSTRAINT "detention_episode_internal_note_sealed" CHECK (casebook_sealed(internal_note)) NOT VALID;
ALTER TABLE "condition_period" ADD CONSTRAINT "condition_period_internal_note_sealed" CHECK (casebook_sealed(internal_note)) NOT VALID;
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_internal_note_sealed" CHECK (casebook_sealed(internal_note)) NOT VALID;
ALTER TABLE "relative" ADD CONSTRAINT "relative_contact_details_sealed"
  CHECK (contact_visibility <> 'RESTRICTED' OR casebook_sealed(contact_details)) NOT VALID;
ALTER TABLE "health_note" ADD CONSTRAINT "health_note_text_sealed"
  CHECK (visibility <> 'RESTRICTED' OR casebook_sealed(text)) NOT VALID;
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_totp_secret_sealed" CHECK (casebook_sealed(totp_secret)) NOT VALID;

-- A RESTRICTED item's narrative text is sealed too (names, titles and dates stay plain so
-- that lists, forms and references work; see the decision record).
ALTER TABLE "prosecution" ADD CONSTRAINT "prosecution_summary_sealed"
  CHECK (visibility <> 'RESTRICTED' OR casebook_sealed(summary)) NOT VALID;
ALTER TABLE "charge" ADD CONSTRAINT "charge_description_sealed"
  CHECK (visibility <> 'RESTRICTED' OR casebook_sealed(description)) NOT VALID;
ALTER TABLE "condition_period" ADD CONSTRAINT "condition_period_description_sealed"
  CHECK (visibility <> 'RESTRICTED' OR casebook_sealed(description)) NOT VALID;
ALTER TABLE "relative" ADD CONSTRAINT "relative_contact_details_item_sealed"
  CHECK (visibility <> 'RESTRICTED' OR casebook_sealed(contact_details)) NOT VALID;
ALTER TABLE "family_contact_event" ADD CONSTRAINT "family_contact_event_note_sealed"
  CHECK (visibility <> 'RESTRICTED' OR casebook_sealed(note)) NOT VALID;
ALTER TABLE "legal_representation" ADD CONSTRAINT "legal_representation_note_sealed"
  CHECK (visibility <> 'RESTRICTED' OR casebook_sealed(note)) NOT VALID;
ALTER TABLE "designation" ADD CONSTRAINT "designation_criteria_sealed"
  CHECK (visibility <> 'RESTRICTED' OR casebook_sealed(criteria)) NOT VALID;
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_public_text_sealed"
  CHECK (visibility <> 'RESTRICTED' OR casebook_sealed(public_text)) NOT VALID;
