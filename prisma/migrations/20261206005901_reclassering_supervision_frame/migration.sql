-- Data migration (issue 13): reclassering is in the right-hand column of Tabel 2 (seed 000, §1.2)
-- only for "gedwongen toezicht & begeleiding". Organisations of type Reclassering that were stored
-- as WITHOUT_CONSENT unconditionally move to WITHOUT_CONSENT_DURING_SUPERVISION. A separate
-- migration from the one that adds the enum value: PostgreSQL does not let a transaction use an
-- enum value it added itself. "Jeugdreclassering" (a task of the Gecertificeerde Instelling) is
-- not matched. Not audited: a schema-level correction, recorded here and in docs/sociale-kaart.md.
UPDATE "Organisation"
   SET "legalFrame" = 'WITHOUT_CONSENT_DURING_SUPERVISION',
       "version" = "version" + 1,
       "updatedAt" = CURRENT_TIMESTAMP
 WHERE "legalFrame" = 'WITHOUT_CONSENT'
   AND lower(btrim("type")) LIKE 'reclassering%';
