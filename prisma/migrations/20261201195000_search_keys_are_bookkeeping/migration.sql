-- Issue 15 stored each name variant's search keys on its row (key_words, key_version), and
-- the launcher rebuilds them after a rules change. Issue 13's trigger took that rebuild for a
-- changed name and unconfirmed every name citation. The keys are bookkeeping, like version.
CREATE OR REPLACE FUNCTION casebook_substance(r jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT r - 'version' - 'updated_at' - 'created_at' - 'visibility' - 'internal_note' - 'deleted_at'
           - 'contact_visibility' - 'contact_details' - 'published' - 'published_at' - 'slug' - 'sort_name'
           - 'external_id' - 'birth_date_visibility' - 'photo_consent' - 'created_by_id' - 'is_primary'
           - 'key_words' - 'key_version'
$$;
