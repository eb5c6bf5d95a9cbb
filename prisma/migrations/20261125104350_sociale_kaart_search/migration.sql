-- Trigram matching (typo tolerance) and accent folding for the sociale kaart search.
-- Both are trusted extensions: the database owner may create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchVector" tsvector;

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT[],
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "kind" TEXT NOT NULL,
    "transport" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "error" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfirmationToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConfirmationToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_kind_idx" ON "OutboxMessage"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "ConfirmationToken_tokenHash_key" ON "ConfirmationToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ConfirmationToken_organisationId_idx" ON "ConfirmationToken"("organisationId");

-- CreateIndex
CREATE INDEX "Organisation_searchVector_idx" ON "Organisation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Organisation_searchText_idx" ON "Organisation" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Organisation_services_idx" ON "Organisation" USING GIN ("services");

-- AddForeignKey
ALTER TABLE "ConfirmationToken" ADD CONSTRAINT "ConfirmationToken_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfirmationToken" ADD CONSTRAINT "ConfirmationToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Search document maintenance (hand-written, Prisma does not model triggers).
-- "searchText" is lower-cased, accent-free text for trigram matching and "searchVector" is the
-- weighted Dutch full-text document: A name, B type/services/target groups, C contacts
-- visible to all signed-in users (names and job titles), D description and area.
CREATE FUNCTION organisation_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contact_text text;
BEGIN
  SELECT coalesce(string_agg(c."name" || ' ' || c."jobTitle", ' '), '')
    INTO contact_text
    FROM "Contact" c
   WHERE c."organisationId" = NEW."id" AND c."visibility" = 'SIGNED_IN';
  NEW."searchText" := lower(unaccent(concat_ws(' ',
    NEW."name", NEW."type", array_to_string(NEW."services", ' '), array_to_string(NEW."targetGroups", ' '),
    NEW."area", contact_text, NEW."description")));
  NEW."searchVector" :=
       setweight(to_tsvector('dutch', unaccent(NEW."name")), 'A')
    || setweight(to_tsvector('dutch', unaccent(concat_ws(' ', NEW."type", array_to_string(NEW."services", ' '), array_to_string(NEW."targetGroups", ' ')))), 'B')
    || setweight(to_tsvector('dutch', unaccent(contact_text)), 'C')
    || setweight(to_tsvector('dutch', unaccent(concat_ws(' ', NEW."description", NEW."area"))), 'D');
  RETURN NEW;
END
$$;

-- Fires on insert and when a searched column is named in an UPDATE ("searchText" included, so
-- the contact trigger below can ask for a refresh with SET "searchText" = "searchText").
CREATE TRIGGER organisation_search_refresh
  BEFORE INSERT OR UPDATE OF "name", "type", "description", "services", "targetGroups", "area", "searchText"
  ON "Organisation"
  FOR EACH ROW EXECUTE FUNCTION organisation_search_refresh();

CREATE FUNCTION contact_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "Organisation" SET "searchText" = "searchText" WHERE "id" = OLD."organisationId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW."organisationId" IS DISTINCT FROM OLD."organisationId") THEN
    UPDATE "Organisation" SET "searchText" = "searchText" WHERE "id" = NEW."organisationId";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER contact_search_refresh
  AFTER INSERT OR DELETE OR UPDATE OF "name", "jobTitle", "visibility", "organisationId"
  ON "Contact"
  FOR EACH ROW EXECUTE FUNCTION contact_search_refresh();

-- Existing rows get their search document now.
UPDATE "Organisation" SET "searchText" = "searchText";
