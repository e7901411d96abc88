-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "unaccent";

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'INTERNAL', 'RESTRICTED');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR', 'APPROXIMATE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'CASEWORKER', 'CAMPAIGNER');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "Script" AS ENUM ('LATN', 'CYRL');

-- CreateEnum
CREATE TYPE "NameKind" AS ENUM ('NATIVE', 'TRANSLITERATION', 'PASSPORT', 'PRESS', 'LACINKA', 'MAIDEN', 'OTHER');

-- CreateEnum
CREATE TYPE "ProsecutionStatus" AS ENUM ('PRE_TRIAL', 'CONVICTED', 'UNDER_APPEAL', 'RELEASED', 'EXILED', 'DECEASED', 'DISAPPEARED');

-- CreateEnum
CREATE TYPE "DetentionKind" AS ENUM ('ARREST', 'ABDUCTION', 'FORCED_DISAPPEARANCE');

-- CreateEnum
CREATE TYPE "ReleaseType" AS ENUM ('SENTENCE_SERVED', 'PARDON', 'NEGOTIATED_RELEASE', 'EXCHANGE', 'FORCED_EXPULSION', 'DEPORTATION', 'ACQUITTAL', 'OTHER');

-- CreateEnum
CREATE TYPE "FacilityType" AS ENUM ('TEMPORARY_DETENTION', 'PRE_TRIAL_CENTRE', 'PENAL_COLONY', 'PRISON', 'PSYCHIATRIC_HOSPITAL', 'OTHER');

-- CreateEnum
CREATE TYPE "ConditionKind" AS ENUM ('SOLITARY_CONFINEMENT', 'INCOMMUNICADO', 'DENIED_MEDICAL_CARE', 'DENIED_LAWYER', 'DENIED_CORRESPONDENCE', 'HUNGER_STRIKE', 'FORCED_LABOUR', 'PUNISHMENT_CELL', 'OTHER');

-- CreateEnum
CREATE TYPE "FamilyContactKind" AS ENUM ('VISIT', 'CALL', 'LETTER', 'NONE_SINCE', 'OTHER');

-- CreateEnum
CREATE TYPE "RepresentationStatus" AS ENUM ('ACTIVE', 'DENIED_ACCESS', 'DISBARRED', 'ENDED');

-- CreateEnum
CREATE TYPE "DesignationKind" AS ENUM ('POLITICAL_PRISONER', 'PRISONER_OF_CONSCIENCE', 'ARBITRARY_DETENTION');

-- CreateEnum
CREATE TYPE "TimelineEventType" AS ENUM ('ARREST', 'ABDUCTION', 'CHARGE', 'TRIAL', 'SENTENCE', 'APPEAL', 'TRANSFER', 'CONDITION_START', 'CONDITION_END', 'FAMILY_CONTACT', 'LAWYER', 'HEALTH', 'HUNGER_STRIKE', 'RELEASE', 'DEPORTATION', 'PARDON', 'DEATH', 'STATEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceType" AS ENUM ('NEWS', 'NGO_STATEMENT', 'COURT_DOCUMENT', 'FAMILY_STATEMENT', 'SOCIAL_MEDIA', 'OFFICIAL_STATEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "Reliability" AS ENUM ('HIGH', 'MEDIUM', 'LOW', 'UNVERIFIED');

-- CreateEnum
CREATE TYPE "CitedSubject" AS ENUM ('PERSON', 'NAME_VARIANT', 'PROSECUTION', 'CHARGE', 'DETENTION_EPISODE', 'SENTENCE', 'PLACEMENT', 'CONDITION_PERIOD', 'RELATIVE', 'FAMILY_CONTACT_EVENT', 'LEGAL_REPRESENTATION', 'HEALTH_NOTE', 'DESIGNATION', 'TIMELINE_EVENT');

-- CreateEnum
CREATE TYPE "CampaignActionType" AS ENUM ('LETTER', 'CARD', 'EMAIL', 'PETITION_SIGNATURE', 'OTHER');

-- CreateTable
CREATE TABLE "person" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "sort_name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL DEFAULT 'UNKNOWN',
    "birth_date" DATE,
    "birth_date_precision" "DatePrecision",
    "birth_date_visibility" "Visibility" NOT NULL DEFAULT 'INTERNAL',
    "occupation" TEXT,
    "region" TEXT,
    "citizenship" TEXT,
    "bio" TEXT,
    "photo_url" TEXT,
    "photo_consent" BOOLEAN NOT NULL DEFAULT false,
    "interests" TEXT,
    "internal_note" TEXT,
    "external_id" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "published_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "name_variant" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "script" "Script" NOT NULL,
    "language" TEXT NOT NULL,
    "kind" "NameKind" NOT NULL,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "name_variant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prosecution" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "case_number" TEXT,
    "court" TEXT,
    "judge" TEXT,
    "prosecutor" TEXT,
    "status" "ProsecutionStatus" NOT NULL,
    "summary" TEXT,
    "internal_note" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "prosecution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legal_article" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "article" TEXT NOT NULL,
    "part" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "legal_article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "charge" (
    "id" TEXT NOT NULL,
    "prosecution_id" TEXT NOT NULL,
    "legal_article_id" TEXT,
    "description" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "charge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "detention_episode" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "prosecution_id" TEXT,
    "arrest_date" DATE,
    "arrest_date_precision" "DatePrecision",
    "arrest_place" TEXT,
    "kind" "DetentionKind" NOT NULL DEFAULT 'ARREST',
    "release_date" DATE,
    "release_date_precision" "DatePrecision",
    "release_type" "ReleaseType",
    "released" BOOLEAN NOT NULL DEFAULT false,
    "internal_note" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "detention_episode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sentence" (
    "id" TEXT NOT NULL,
    "prosecution_id" TEXT NOT NULL,
    "term_months" INTEGER,
    "regime" TEXT,
    "sentenced_on" DATE,
    "sentenced_on_precision" "DatePrecision",
    "start_date" DATE,
    "start_date_precision" "DatePrecision",
    "fine_amount" DECIMAL(14,2),
    "fine_currency" TEXT,
    "appeal_filed_on" DATE,
    "appeal_decided_on" DATE,
    "appeal_outcome" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sentence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "facility" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_native" TEXT,
    "type" "FacilityType" NOT NULL,
    "address_local" TEXT,
    "address_latin" TEXT,
    "region" TEXT,
    "country" TEXT NOT NULL DEFAULT 'BY',
    "letter_guidance" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "facility_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placement" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "facility_id" TEXT NOT NULL,
    "from_date" DATE,
    "from_date_precision" "DatePrecision",
    "to_date" DATE,
    "to_date_precision" "DatePrecision",
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "placement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "condition_period" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "kind" "ConditionKind" NOT NULL,
    "start_date" DATE,
    "start_date_precision" "DatePrecision",
    "end_date" DATE,
    "end_date_precision" "DatePrecision",
    "description" TEXT,
    "internal_note" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "condition_period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "relative" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "contact_details" TEXT,
    "contact_visibility" "Visibility" NOT NULL DEFAULT 'RESTRICTED',
    "visibility" "Visibility" NOT NULL DEFAULT 'INTERNAL',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "relative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "family_contact_event" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "relative_id" TEXT,
    "kind" "FamilyContactKind" NOT NULL,
    "date" DATE NOT NULL,
    "date_precision" "DatePrecision" NOT NULL,
    "note" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'INTERNAL',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "family_contact_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "legal_representation" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "lawyer_name" TEXT NOT NULL,
    "from_date" DATE,
    "from_date_precision" "DatePrecision",
    "to_date" DATE,
    "to_date_precision" "DatePrecision",
    "status" "RepresentationStatus" NOT NULL,
    "note" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "legal_representation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "health_note" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "date" DATE,
    "date_precision" "DatePrecision",
    "text" TEXT NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'RESTRICTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "health_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "designation" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "kind" "DesignationKind" NOT NULL,
    "date" DATE,
    "date_precision" "DatePrecision",
    "criteria" TEXT,
    "wgad_opinion" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "designation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "timeline_event" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "type" "TimelineEventType" NOT NULL,
    "date" DATE NOT NULL,
    "date_precision" "DatePrecision" NOT NULL,
    "title" TEXT NOT NULL,
    "public_text" TEXT,
    "internal_note" TEXT,
    "visibility" "Visibility" NOT NULL DEFAULT 'INTERNAL',
    "created_by_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "timeline_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "author" TEXT,
    "published_date" DATE,
    "published_date_precision" "DatePrecision",
    "language" TEXT NOT NULL,
    "url" TEXT,
    "type" "SourceType" NOT NULL DEFAULT 'NEWS',
    "reliability" "Reliability" NOT NULL DEFAULT 'UNVERIFIED',
    "text" TEXT NOT NULL,
    "text_hash" TEXT NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'INTERNAL',
    "previous_version_id" TEXT,
    "added_by_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citation" (
    "id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "subject_type" "CitedSubject" NOT NULL,
    "subject_id" TEXT NOT NULL,
    "field" TEXT,
    "source_id" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "is_preferred" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "start_date" DATE,
    "end_date" DATE,
    "description" TEXT,
    "languages" TEXT[],
    "published" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_case" (
    "id" TEXT NOT NULL,
    "campaign_id" TEXT NOT NULL,
    "person_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "appeal_summary" TEXT,
    "target_authority" TEXT,
    "target_address" TEXT,
    "prisoner_address_local" TEXT,
    "prisoner_address_latin" TEXT,
    "letter_guidance" TEXT,
    "letter_languages" TEXT[],
    "interests" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "campaign_case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_tally" (
    "id" TEXT NOT NULL,
    "campaign_case_id" TEXT NOT NULL,
    "action_type" "CampaignActionType" NOT NULL,
    "count" INTEGER NOT NULL,
    "group_name" TEXT,
    "date" DATE NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_tally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "password_hash" TEXT NOT NULL,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "totp_secret" TEXT,
    "totp_enabled" BOOLEAN NOT NULL DEFAULT false,
    "last_sign_in_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recovery_code" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "used_at" TIMESTAMP(3),

    CONSTRAINT "recovery_code_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "window_starts_at" TIMESTAMP(3) NOT NULL,
    "locked_until" TIMESTAMP(3),

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "subject_type" TEXT,
    "subject_id" TEXT,
    "ip_address" TEXT,
    "details" JSONB,
    "prev_hash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "revision" (
    "id" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "person_id" TEXT,
    "version" INTEGER NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "summary" TEXT,
    "changed_by_id" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'edit',
    "changed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_key" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "key_hash" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "last_used_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_layout" (
    "id" TEXT NOT NULL,
    "header_signature" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "import_layout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "public_person" (
    "person_id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "sort_name" TEXT NOT NULL,
    "names" TEXT[],
    "status" TEXT NOT NULL,
    "held" BOOLEAN NOT NULL,
    "region" TEXT,
    "facility_name" TEXT,
    "articles" TEXT[],
    "designations" TEXT[],
    "source_ids" TEXT[],
    "sentence_months" INTEGER,
    "detained_since" DATE,
    "detained_since_precision" "DatePrecision",
    "released_on" DATE,
    "released_on_precision" "DatePrecision",
    "search_text" TEXT NOT NULL,
    "record" JSONB NOT NULL,
    "last_updated_at" TIMESTAMP(3) NOT NULL,
    "refreshed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_person_pkey" PRIMARY KEY ("person_id")
);

-- CreateTable
CREATE TABLE "public_source" (
    "source_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "author" TEXT,
    "published_date" DATE,
    "published_date_precision" TEXT,
    "language" TEXT NOT NULL,
    "url" TEXT,
    "type" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "refreshed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "public_source_pkey" PRIMARY KEY ("source_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "person_slug_key" ON "person"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "person_external_id_key" ON "person"("external_id");

-- CreateIndex
CREATE INDEX "person_published_deleted_at_idx" ON "person"("published", "deleted_at");

-- CreateIndex
CREATE INDEX "person_sort_name_idx" ON "person"("sort_name");

-- CreateIndex
CREATE INDEX "name_variant_text_idx" ON "name_variant" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "name_variant_person_id_text_key" ON "name_variant"("person_id", "text");

-- CreateIndex
CREATE INDEX "prosecution_person_id_idx" ON "prosecution"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "legal_article_jurisdiction_code_article_part_key" ON "legal_article"("jurisdiction", "code", "article", "part");

-- CreateIndex
CREATE INDEX "charge_prosecution_id_idx" ON "charge"("prosecution_id");

-- CreateIndex
CREATE INDEX "charge_legal_article_id_idx" ON "charge"("legal_article_id");

-- CreateIndex
CREATE INDEX "detention_episode_person_id_idx" ON "detention_episode"("person_id");

-- CreateIndex
CREATE INDEX "detention_episode_arrest_date_idx" ON "detention_episode"("arrest_date");

-- CreateIndex
CREATE INDEX "detention_episode_release_date_idx" ON "detention_episode"("release_date");

-- CreateIndex
CREATE INDEX "sentence_prosecution_id_idx" ON "sentence"("prosecution_id");

-- CreateIndex
CREATE INDEX "sentence_term_months_idx" ON "sentence"("term_months");

-- CreateIndex
CREATE UNIQUE INDEX "facility_slug_key" ON "facility"("slug");

-- CreateIndex
CREATE INDEX "placement_person_id_idx" ON "placement"("person_id");

-- CreateIndex
CREATE INDEX "placement_facility_id_idx" ON "placement"("facility_id");

-- CreateIndex
CREATE INDEX "condition_period_person_id_idx" ON "condition_period"("person_id");

-- CreateIndex
CREATE INDEX "relative_person_id_idx" ON "relative"("person_id");

-- CreateIndex
CREATE INDEX "family_contact_event_person_id_date_idx" ON "family_contact_event"("person_id", "date");

-- CreateIndex
CREATE INDEX "legal_representation_person_id_idx" ON "legal_representation"("person_id");

-- CreateIndex
CREATE INDEX "health_note_person_id_idx" ON "health_note"("person_id");

-- CreateIndex
CREATE INDEX "designation_person_id_idx" ON "designation"("person_id");

-- CreateIndex
CREATE INDEX "designation_organisation_idx" ON "designation"("organisation");

-- CreateIndex
CREATE INDEX "timeline_event_person_id_date_idx" ON "timeline_event"("person_id", "date");

-- CreateIndex
CREATE INDEX "timeline_event_date_idx" ON "timeline_event"("date");

-- CreateIndex
CREATE UNIQUE INDEX "source_previous_version_id_key" ON "source"("previous_version_id");

-- CreateIndex
CREATE INDEX "source_url_idx" ON "source"("url");

-- CreateIndex
CREATE INDEX "source_text_hash_idx" ON "source"("text_hash");

-- CreateIndex
CREATE INDEX "citation_subject_type_subject_id_idx" ON "citation"("subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "citation_person_id_idx" ON "citation"("person_id");

-- CreateIndex
CREATE INDEX "citation_source_id_idx" ON "citation"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_slug_key" ON "campaign"("slug");

-- CreateIndex
CREATE INDEX "campaign_case_campaign_id_position_idx" ON "campaign_case"("campaign_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "campaign_case_campaign_id_person_id_key" ON "campaign_case"("campaign_id", "person_id");

-- CreateIndex
CREATE INDEX "campaign_tally_campaign_case_id_idx" ON "campaign_tally"("campaign_case_id");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "recovery_code_user_id_idx" ON "recovery_code"("user_id");

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "audit_entry"("at");

-- CreateIndex
CREATE INDEX "audit_entry_subject_type_subject_id_idx" ON "audit_entry"("subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "revision_entity_type_entity_id_idx" ON "revision"("entity_type", "entity_id");

-- CreateIndex
CREATE INDEX "revision_person_id_changed_at_idx" ON "revision"("person_id", "changed_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_key_key_hash_key" ON "api_key"("key_hash");

-- CreateIndex
CREATE UNIQUE INDEX "import_layout_header_signature_key" ON "import_layout"("header_signature");

-- CreateIndex
CREATE UNIQUE INDEX "public_person_slug_key" ON "public_person"("slug");

-- CreateIndex
CREATE INDEX "public_person_sort_name_idx" ON "public_person"("sort_name");

-- CreateIndex
CREATE INDEX "public_person_status_idx" ON "public_person"("status");

-- CreateIndex
CREATE INDEX "public_person_held_idx" ON "public_person"("held");

-- CreateIndex
CREATE INDEX "public_person_region_idx" ON "public_person"("region");

-- CreateIndex
CREATE INDEX "public_person_search_text_idx" ON "public_person" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "public_person_names_idx" ON "public_person" USING GIN ("names");

-- CreateIndex
CREATE INDEX "public_person_source_ids_idx" ON "public_person" USING GIN ("source_ids");

-- CreateIndex
CREATE INDEX "public_person_last_updated_at_idx" ON "public_person"("last_updated_at");

-- AddForeignKey
ALTER TABLE "name_variant" ADD CONSTRAINT "name_variant_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prosecution" ADD CONSTRAINT "prosecution_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charge" ADD CONSTRAINT "charge_prosecution_id_fkey" FOREIGN KEY ("prosecution_id") REFERENCES "prosecution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "charge" ADD CONSTRAINT "charge_legal_article_id_fkey" FOREIGN KEY ("legal_article_id") REFERENCES "legal_article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "detention_episode" ADD CONSTRAINT "detention_episode_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "detention_episode" ADD CONSTRAINT "detention_episode_prosecution_id_fkey" FOREIGN KEY ("prosecution_id") REFERENCES "prosecution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentence" ADD CONSTRAINT "sentence_prosecution_id_fkey" FOREIGN KEY ("prosecution_id") REFERENCES "prosecution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement" ADD CONSTRAINT "placement_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placement" ADD CONSTRAINT "placement_facility_id_fkey" FOREIGN KEY ("facility_id") REFERENCES "facility"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "condition_period" ADD CONSTRAINT "condition_period_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "relative" ADD CONSTRAINT "relative_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_contact_event" ADD CONSTRAINT "family_contact_event_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "family_contact_event" ADD CONSTRAINT "family_contact_event_relative_id_fkey" FOREIGN KEY ("relative_id") REFERENCES "relative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "legal_representation" ADD CONSTRAINT "legal_representation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "health_note" ADD CONSTRAINT "health_note_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "designation" ADD CONSTRAINT "designation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source" ADD CONSTRAINT "source_previous_version_id_fkey" FOREIGN KEY ("previous_version_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source" ADD CONSTRAINT "source_added_by_id_fkey" FOREIGN KEY ("added_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_case" ADD CONSTRAINT "campaign_case_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_case" ADD CONSTRAINT "campaign_case_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_tally" ADD CONSTRAINT "campaign_tally_campaign_case_id_fkey" FOREIGN KEY ("campaign_case_id") REFERENCES "campaign_case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_tally" ADD CONSTRAINT "campaign_tally_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recovery_code" ADD CONSTRAINT "recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "revision" ADD CONSTRAINT "revision_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_person" ADD CONSTRAINT "public_person_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- ======================================================================
-- Hand-written part (Prisma does not model triggers or functions).
-- ======================================================================

-- A citation's quote must be an exact passage of its source's stored text.
CREATE FUNCTION citation_quote_must_be_in_source() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  source_text text;
BEGIN
  SELECT "text" INTO source_text FROM source WHERE id = NEW.source_id;
  IF NEW.quote IS NULL OR length(btrim(NEW.quote)) = 0 THEN
    RAISE EXCEPTION 'citation quote is empty' USING ERRCODE = 'check_violation', CONSTRAINT = 'citation_quote_in_source';
  END IF;
  IF source_text IS NULL OR strpos(source_text, NEW.quote) = 0 THEN
    RAISE EXCEPTION 'citation quote is not found in the text of source %', NEW.source_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'citation_quote_in_source';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER citation_quote_in_source
  BEFORE INSERT OR UPDATE OF quote, source_id ON citation
  FOR EACH ROW EXECUTE FUNCTION citation_quote_must_be_in_source();

-- Once cited, a source's stored text is the evidence: it is never changed in place.
CREATE FUNCTION source_text_is_frozen_once_cited() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."text" IS DISTINCT FROM OLD."text" AND EXISTS (SELECT 1 FROM citation WHERE source_id = OLD.id) THEN
    RAISE EXCEPTION 'source % is cited; record a corrected text as a new version', OLD.id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'source_text_frozen';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER source_text_frozen
  BEFORE UPDATE OF "text" ON source
  FOR EACH ROW EXECUTE FUNCTION source_text_is_frozen_once_cited();

-- The audit log is append-only for the application.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit entries cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();

-- unaccent() is only STABLE; this wrapper pins the dictionary so it may be used in indexes.
CREATE FUNCTION casebook_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT lower(public.unaccent('public.unaccent'::regdictionary, input))
$$;

CREATE FUNCTION casebook_date(d date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT to_char(d, 'YYYY-MM-DD') $$;

-- Sort key for partial dates: the last day of the known period, so that "September 2020"
-- ("then", later that month) follows "7 September 2020" rather than preceding it.
CREATE FUNCTION casebook_period_end(d date, p_precision "DatePrecision") RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE p_precision
    WHEN 'YEAR' THEN (date_trunc('year', d) + interval '1 year - 1 day')::date
    WHEN 'MONTH' THEN (date_trunc('month', d) + interval '1 month - 1 day')::date
    WHEN 'APPROXIMATE' THEN (date_trunc('month', d) + interval '1 month - 1 day')::date
    ELSE d
  END
$$;

-- ----------------------------------------------------------------------
-- The public projection. This function is the allowlist: it is the only
-- code that decides which fields of which rows the public side can ever read.
-- Only PUBLIC items of published, undeleted people are copied. Relatives'
-- contact details, internal notes and non-public sources' text are never copied.
-- ----------------------------------------------------------------------
CREATE FUNCTION refresh_public_person(p_person_id text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  p person%ROWTYPE;
  v_held boolean;
  v_status text;
  v_latest_status text;
  v_record jsonb;
  v_names text[];
  v_source_ids text[];
  v_subjects text[];
BEGIN
  DELETE FROM public_person WHERE person_id = p_person_id;
  SELECT * INTO p FROM person WHERE id = p_person_id;
  IF NOT FOUND OR NOT p.published OR p.deleted_at IS NOT NULL THEN
    RETURN;
  END IF;

  -- Every public item of this person, as 'SUBJECT_TYPE:id': only their citations are carried.
  SELECT array_agg(k) INTO v_subjects FROM (
    SELECT 'PERSON:' || p.id AS k
    UNION ALL SELECT 'NAME_VARIANT:' || id FROM name_variant WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'PROSECUTION:' || id FROM prosecution WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'CHARGE:' || c.id FROM charge c JOIN prosecution pr ON pr.id = c.prosecution_id
      WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND c.visibility = 'PUBLIC'
    UNION ALL SELECT 'SENTENCE:' || s.id FROM sentence s JOIN prosecution pr ON pr.id = s.prosecution_id
      WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND s.visibility = 'PUBLIC'
    UNION ALL SELECT 'DETENTION_EPISODE:' || id FROM detention_episode WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'PLACEMENT:' || pl.id FROM placement pl JOIN facility f ON f.id = pl.facility_id
      WHERE pl.person_id = p.id AND pl.visibility = 'PUBLIC' AND f.visibility = 'PUBLIC'
    UNION ALL SELECT 'CONDITION_PERIOD:' || id FROM condition_period WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'RELATIVE:' || id FROM relative WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'FAMILY_CONTACT_EVENT:' || id FROM family_contact_event WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'LEGAL_REPRESENTATION:' || id FROM legal_representation WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'HEALTH_NOTE:' || id FROM health_note WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'DESIGNATION:' || id FROM designation WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'TIMELINE_EVENT:' || id FROM timeline_event WHERE person_id = p.id AND visibility = 'PUBLIC' AND deleted_at IS NULL
  ) subjects;

  v_held := EXISTS (SELECT 1 FROM detention_episode d WHERE d.person_id = p.id AND d.visibility = 'PUBLIC'
                    AND NOT d.released AND d.release_date IS NULL);
  SELECT status::text INTO v_latest_status FROM prosecution
    WHERE person_id = p.id AND visibility = 'PUBLIC' ORDER BY created_at DESC, id DESC LIMIT 1;
  v_status := CASE
    WHEN v_latest_status IN ('DECEASED', 'DISAPPEARED', 'EXILED') THEN v_latest_status
    WHEN v_held AND v_latest_status IN ('PRE_TRIAL', 'CONVICTED', 'UNDER_APPEAL') THEN v_latest_status
    WHEN v_held THEN 'DETAINED'
    WHEN EXISTS (SELECT 1 FROM detention_episode d WHERE d.person_id = p.id AND d.visibility = 'PUBLIC') THEN 'RELEASED'
    ELSE coalesce(v_latest_status, 'UNKNOWN')
  END;

  SELECT coalesce(array_agg(n.text ORDER BY n.is_primary DESC, n.text), '{}') INTO v_names
    FROM name_variant n WHERE n.person_id = p.id AND n.visibility = 'PUBLIC';

  SELECT coalesce(array_agg(DISTINCT c.source_id), '{}') INTO v_source_ids
    FROM citation c JOIN source src ON src.id = c.source_id
    WHERE c.person_id = p.id AND (c.subject_type::text || ':' || c.subject_id) = ANY (v_subjects)
      AND src.visibility = 'PUBLIC' AND src.deleted_at IS NULL;

  v_record := jsonb_build_object(
    'person', jsonb_build_object(
      'id', p.id, 'slug', p.slug, 'displayName', p.display_name, 'gender', p.gender,
      'birthDate', CASE WHEN p.birth_date_visibility = 'PUBLIC' THEN casebook_date(p.birth_date) END,
      'birthDatePrecision', CASE WHEN p.birth_date_visibility = 'PUBLIC' THEN p.birth_date_precision END,
      'occupation', p.occupation, 'region', p.region, 'citizenship', p.citizenship, 'bio', p.bio,
      'photoUrl', CASE WHEN p.photo_consent THEN p.photo_url END, 'interests', p.interests,
      'publishedAt', p.published_at),
    'names', coalesce((SELECT jsonb_agg(jsonb_build_object('id', n.id, 'text', n.text, 'script', n.script,
        'language', n.language, 'kind', n.kind, 'isPrimary', n.is_primary) ORDER BY n.is_primary DESC, n.script, n.text)
      FROM name_variant n WHERE n.person_id = p.id AND n.visibility = 'PUBLIC'), '[]'),
    'prosecutions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', pr.id, 'caseNumber', pr.case_number,
        'court', pr.court, 'judge', pr.judge, 'prosecutor', pr.prosecutor, 'status', pr.status, 'summary', pr.summary,
        'charges', coalesce((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'description', c.description,
            'article', CASE WHEN a.id IS NULL THEN NULL ELSE jsonb_build_object('code', a.code, 'article', a.article,
              'part', a.part, 'title', a.title, 'jurisdiction', a.jurisdiction) END) ORDER BY a.article, c.created_at)
          FROM charge c LEFT JOIN legal_article a ON a.id = c.legal_article_id
          WHERE c.prosecution_id = pr.id AND c.visibility = 'PUBLIC'), '[]'),
        'sentences', coalesce((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'termMonths', s.term_months,
            'regime', s.regime, 'sentencedOn', casebook_date(s.sentenced_on), 'sentencedOnPrecision', s.sentenced_on_precision,
            'startDate', casebook_date(s.start_date), 'startDatePrecision', s.start_date_precision,
            'fineAmount', s.fine_amount, 'fineCurrency', s.fine_currency,
            'appealFiledOn', casebook_date(s.appeal_filed_on), 'appealDecidedOn', casebook_date(s.appeal_decided_on),
            'appealOutcome', s.appeal_outcome) ORDER BY s.created_at)
          FROM sentence s WHERE s.prosecution_id = pr.id AND s.visibility = 'PUBLIC'), '[]')
      ) ORDER BY pr.created_at)
      FROM prosecution pr WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC'), '[]'),
    'detentions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', d.id, 'kind', d.kind,
        'arrestDate', casebook_date(d.arrest_date), 'arrestDatePrecision', d.arrest_date_precision, 'arrestPlace', d.arrest_place,
        'releaseDate', casebook_date(d.release_date), 'releaseDatePrecision', d.release_date_precision,
        'releaseType', d.release_type, 'released', d.released) ORDER BY d.arrest_date NULLS FIRST, d.created_at)
      FROM detention_episode d WHERE d.person_id = p.id AND d.visibility = 'PUBLIC'), '[]'),
    'placements', coalesce((SELECT jsonb_agg(jsonb_build_object('id', pl.id,
        'fromDate', casebook_date(pl.from_date), 'fromDatePrecision', pl.from_date_precision,
        'toDate', casebook_date(pl.to_date), 'toDatePrecision', pl.to_date_precision,
        'facility', jsonb_build_object('id', f.id, 'slug', f.slug, 'name', f.name, 'nameNative', f.name_native, 'type', f.type,
          'addressLocal', f.address_local, 'addressLatin', f.address_latin, 'region', f.region, 'country', f.country,
          'letterGuidance', f.letter_guidance)) ORDER BY pl.from_date NULLS FIRST, pl.created_at)
      FROM placement pl JOIN facility f ON f.id = pl.facility_id
      WHERE pl.person_id = p.id AND pl.visibility = 'PUBLIC' AND f.visibility = 'PUBLIC'), '[]'),
    'conditions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'kind', c.kind,
        'startDate', casebook_date(c.start_date), 'startDatePrecision', c.start_date_precision,
        'endDate', casebook_date(c.end_date), 'endDatePrecision', c.end_date_precision,
        'description', c.description) ORDER BY c.start_date NULLS FIRST, c.created_at)
      FROM condition_period c WHERE c.person_id = p.id AND c.visibility = 'PUBLIC'), '[]'),
    'relatives', coalesce((SELECT jsonb_agg(jsonb_build_object('id', r.id, 'name', r.name, 'relation', r.relation)
        ORDER BY r.created_at)
      FROM relative r WHERE r.person_id = p.id AND r.visibility = 'PUBLIC'), '[]'),
    'familyContacts', coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'kind', e.kind,
        'date', casebook_date(e.date), 'datePrecision', e.date_precision, 'note', e.note,
        'relation', CASE WHEN r.visibility = 'PUBLIC' THEN r.relation END) ORDER BY casebook_period_end(e.date, e.date_precision), e.date)
      FROM family_contact_event e LEFT JOIN relative r ON r.id = e.relative_id
      WHERE e.person_id = p.id AND e.visibility = 'PUBLIC'), '[]'),
    'lawyers', coalesce((SELECT jsonb_agg(jsonb_build_object('id', l.id, 'lawyerName', l.lawyer_name, 'status', l.status,
        'fromDate', casebook_date(l.from_date), 'fromDatePrecision', l.from_date_precision,
        'toDate', casebook_date(l.to_date), 'toDatePrecision', l.to_date_precision, 'note', l.note) ORDER BY l.created_at)
      FROM legal_representation l WHERE l.person_id = p.id AND l.visibility = 'PUBLIC'), '[]'),
    'healthNotes', coalesce((SELECT jsonb_agg(jsonb_build_object('id', h.id, 'text', h.text,
        'date', casebook_date(h.date), 'datePrecision', h.date_precision) ORDER BY h.date)
      FROM health_note h WHERE h.person_id = p.id AND h.visibility = 'PUBLIC'), '[]'),
    'designations', coalesce((SELECT jsonb_agg(jsonb_build_object('id', g.id, 'organisation', g.organisation, 'kind', g.kind,
        'date', casebook_date(g.date), 'datePrecision', g.date_precision, 'criteria', g.criteria,
        'wgadOpinion', g.wgad_opinion) ORDER BY g.date NULLS LAST)
      FROM designation g WHERE g.person_id = p.id AND g.visibility = 'PUBLIC'), '[]'),
    'timeline', coalesce((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'type', t.type,
        'date', casebook_date(t.date), 'datePrecision', t.date_precision, 'title', t.title, 'text', t.public_text)
        ORDER BY casebook_period_end(t.date, t.date_precision), t.date, t.created_at, t.id)
      FROM timeline_event t WHERE t.person_id = p.id AND t.visibility = 'PUBLIC' AND t.deleted_at IS NULL), '[]'),
    -- A citation of a non-public source shows only that an internal record exists.
    'citations', coalesce((SELECT jsonb_agg(
        CASE WHEN src.visibility = 'PUBLIC' AND src.deleted_at IS NULL THEN
          jsonb_build_object('id', c.id, 'subjectType', c.subject_type, 'subjectId', c.subject_id, 'field', c.field,
            'isPreferred', c.is_preferred, 'public', true, 'sourceId', src.id, 'sourceTitle', src.title,
            'sourcePublisher', src.publisher, 'sourceDate', casebook_date(src.published_date),
            'sourceDatePrecision', src.published_date_precision, 'quote', c.quote)
        ELSE
          jsonb_build_object('id', c.id, 'subjectType', c.subject_type, 'subjectId', c.subject_id, 'field', c.field,
            'isPreferred', c.is_preferred, 'public', false)
        END ORDER BY c.created_at, c.id)
      FROM citation c JOIN source src ON src.id = c.source_id
      WHERE c.person_id = p.id AND (c.subject_type::text || ':' || c.subject_id) = ANY (v_subjects)), '[]')
  );

  INSERT INTO public_person (person_id, slug, display_name, sort_name, names, status, held, region, facility_name,
    articles, designations, source_ids, sentence_months, detained_since, detained_since_precision,
    released_on, released_on_precision, search_text, record,
    last_updated_at, refreshed_at)
  SELECT p.id, p.slug, p.display_name, p.sort_name, v_names, v_status, v_held, p.region,
    (SELECT f.name FROM placement pl JOIN facility f ON f.id = pl.facility_id
      WHERE pl.person_id = p.id AND pl.visibility = 'PUBLIC' AND f.visibility = 'PUBLIC' AND pl.to_date IS NULL
      ORDER BY pl.from_date DESC NULLS LAST LIMIT 1),
    coalesce((SELECT array_agg(DISTINCT a.article || CASE WHEN a.part <> '' THEN '.' || a.part ELSE '' END)
      FROM charge c JOIN prosecution pr ON pr.id = c.prosecution_id JOIN legal_article a ON a.id = c.legal_article_id
      WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND c.visibility = 'PUBLIC'), '{}'),
    coalesce((SELECT array_agg(DISTINCT g.organisation) FROM designation g
      WHERE g.person_id = p.id AND g.visibility = 'PUBLIC'), '{}'),
    v_source_ids,
    (SELECT max(s.term_months) FROM sentence s JOIN prosecution pr ON pr.id = s.prosecution_id
      WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND s.visibility = 'PUBLIC'),
    open_ep.arrest_date, open_ep.arrest_date_precision,
    last_ep.release_date, last_ep.release_date_precision,
    casebook_fold(concat_ws(' ', array_to_string(v_names, ' '), p.occupation, p.bio,
      (SELECT string_agg(concat_ws(' ', c.description, a.title), ' ') FROM charge c
        JOIN prosecution pr ON pr.id = c.prosecution_id LEFT JOIN legal_article a ON a.id = c.legal_article_id
        WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND c.visibility = 'PUBLIC'),
      (SELECT string_agg(concat_ws(' ', f.name, f.name_native), ' ') FROM placement pl JOIN facility f ON f.id = pl.facility_id
        WHERE pl.person_id = p.id AND pl.visibility = 'PUBLIC' AND f.visibility = 'PUBLIC'))),
    v_record,
    greatest(p.updated_at,
      (SELECT max(t.updated_at) FROM timeline_event t WHERE t.person_id = p.id AND t.visibility = 'PUBLIC'),
      (SELECT max(c.created_at) FROM citation c WHERE c.person_id = p.id)),
    now()
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (SELECT d.arrest_date, d.arrest_date_precision FROM detention_episode d
      WHERE d.person_id = p.id AND d.visibility = 'PUBLIC' AND NOT d.released AND d.release_date IS NULL
      ORDER BY d.arrest_date NULLS LAST LIMIT 1) open_ep ON true
  LEFT JOIN LATERAL (SELECT d.release_date, d.release_date_precision FROM detention_episode d
      WHERE NOT v_held AND d.person_id = p.id AND d.visibility = 'PUBLIC' AND d.release_date IS NOT NULL
      ORDER BY d.release_date DESC LIMIT 1) last_ep ON true;
END $$;

CREATE FUNCTION refresh_public_source(p_source_id text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM public_source WHERE source_id = p_source_id;
  INSERT INTO public_source (source_id, title, publisher, author, published_date, published_date_precision,
    language, url, type, "text", refreshed_at)
  SELECT id, title, publisher, author, published_date, published_date_precision::text, language, url, type::text, "text", now()
  FROM source WHERE id = p_source_id AND visibility = 'PUBLIC' AND deleted_at IS NULL;
END $$;
