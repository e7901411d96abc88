-- Issue 12: the audit chain forked under ordinary concurrency (entries written at the
-- same time shared a previous hash), because the writer's advisory lock was taken outside
-- any transaction. The writer now locks inside its transaction (lib/audit/log.ts); this
-- trigger makes the database refuse any entry that would fork or reorder the chain,
-- whatever path writes it: it takes the same lock (held to commit), and the new entry
-- must follow the last one by id and link to its hash (the genesis hash when empty).
-- A restore copies a backup's rows as they were (in no particular order, and a chain
-- forked before this fix must still restore): lib/backup/restore.ts sets
-- casebook.restoring for its transaction, and the check stands aside. It guards against
-- the app's own mistakes; tampering is what `npm run audit:verify` finds.
CREATE FUNCTION audit_entry_links_to_last() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  last_id bigint;
  last_hash text;
BEGIN
  IF current_setting('casebook.restoring', true) = 'on' THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(734211);
  SELECT id, hash INTO last_id, last_hash FROM audit_entry ORDER BY id DESC LIMIT 1;
  IF NEW.prev_hash IS DISTINCT FROM coalesce(last_hash, repeat('0', 64)) OR NEW.id <= coalesce(last_id, 0) THEN
    RAISE EXCEPTION 'audit entry % does not follow the last entry % (it would fork the hash chain)', NEW.id, last_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER audit_entry_chain_link
  BEFORE INSERT ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_links_to_last();
