-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT;

-- Append-only audit log with a hash chain (docs/adr/0016-append-only-audit-log.md).
-- Hand-written below: Prisma does not model functions or triggers, so the drift check ignores them.

-- The one definition of an event's hash: SHA-256 over a JSON array of the previous hash and the
-- event's content. jsonb's text form is canonical (key order fixed), the time is written in UTC
-- with milliseconds, so the value does not depend on the session's settings.
CREATE FUNCTION audit_event_hash(prev text, at timestamptz, actor_email text, action text, entity_type text, entity_id text, before jsonb, after jsonb)
RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(json_build_array(
    prev, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), actor_email, action, entity_type, entity_id, before, after
  )::text, 'UTF8')), 'hex')
$$;

-- Registration remarks are free text the retention job removes; the log must not keep them
-- (issue 14, finding 5): replace them in existing events before they are chained and frozen.
UPDATE "AuditEvent" SET after = jsonb_set(after, '{remark}', to_jsonb('[ingevuld; tekst niet bewaard]'::text))
 WHERE jsonb_typeof(after) = 'object' AND jsonb_typeof(after->'remark') = 'string' AND btrim(after->>'remark') <> '';
UPDATE "AuditEvent" SET before = jsonb_set(before, '{remark}', to_jsonb('[ingevuld; tekst niet bewaard]'::text))
 WHERE jsonb_typeof(before) = 'object' AND jsonb_typeof(before->'remark') = 'string' AND btrim(before->>'remark') <> '';

-- Chain the existing events, in id order.
DO $$
DECLARE
  event record;
  last_hash text := NULL;
BEGIN
  FOR event IN SELECT * FROM "AuditEvent" ORDER BY id LOOP
    UPDATE "AuditEvent"
       SET "prevHash" = last_hash,
           hash = audit_event_hash(last_hash, event.at, event."actorEmail", event.action, event."entityType", event."entityId", event.before, event.after)
     WHERE id = event.id
     RETURNING hash INTO last_hash;
  END LOOP;
END $$;

-- Every insert: one writer at a time (transaction-level advisory lock, held to commit), read the
-- last hash, take the id under the lock (so id order is chain order), store prevHash and hash.
CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_hash text;
BEGIN
  IF current_setting('transaction_isolation') <> 'read committed' THEN
    -- A snapshot older than the lock would not see the last event and fork the chain.
    RAISE EXCEPTION 'AuditEvent rows must be written in a READ COMMITTED transaction';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('kk.AuditEvent.chain'));
  SELECT hash INTO last_hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1;
  NEW.id := nextval(pg_get_serial_sequence('"AuditEvent"', 'id'));
  NEW.at := date_trunc('milliseconds', NEW.at);
  NEW."prevHash" := last_hash;
  NEW.hash := audit_event_hash(last_hash, NEW.at, NEW."actorEmail", NEW.action, NEW."entityType", NEW."entityId", NEW.before, NEW.after);
  RETURN NEW;
END $$;

CREATE TRIGGER "AuditEvent_chain" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

-- No UPDATE, DELETE or TRUNCATE. One exception: the foreign key's ON DELETE SET NULL when the
-- acting user is removed clears "actorId" only (the e-mail snapshot stays; actorId is not hashed).
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL
     AND (to_jsonb(NEW) - 'actorId') = (to_jsonb(OLD) - 'actorId') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
