-- Issue 17, item 2: each web process keeps the sessions it has checked, their users and the
-- settings read on every request in memory (packages/auth/src/session-cache.ts), and must forget
-- them the moment one of them changes, also when another process made the change. Statement-level
-- triggers send NOTIFY on channel kk_request_state when the transaction commits.
--
-- UserSession: only when a session ends early (revokedAt) or its lifetime or owner changes, or rows
-- go; not for the once-a-minute "last seen" update, which would otherwise empty every cache each
-- minute. User: the columns a session's user is made of (sign-in.ts loadActiveUser, mfa.ts), not
-- e.g. lastSignInAt, written at every sign-in. Setting: any change.
CREATE FUNCTION kk_notify_request_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kk_request_state', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "UserSession_notify_request_state" AFTER UPDATE OF "revokedAt", "expiresAt", "userId" OR DELETE OR TRUNCATE ON "UserSession"
  FOR EACH STATEMENT EXECUTE FUNCTION kk_notify_request_state();
CREATE TRIGGER "User_notify_request_state" AFTER UPDATE OF "id", "email", "name", "role", "passwordHash", "active", "organisationId", "municipalityCode", "totpEnabledAt" OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION kk_notify_request_state();
CREATE TRIGGER "Setting_notify_request_state" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Setting"
  FOR EACH STATEMENT EXECUTE FUNCTION kk_notify_request_state();
