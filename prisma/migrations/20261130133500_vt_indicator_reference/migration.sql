-- Data migration: the indicator of the plan's target (issue 6; domain.md, "The plan the portal
-- serves"): confirmed child abuse over children aged 0-17, as Kinderen in Tel defines it. Reference
-- data every installation needs; the target itself (< 3% by 2018-12-31, baseline 3.14% in 2014) is
-- Zwijndrecht's and comes with the demo seed. Same text as CONFIRMED_ABUSE_INDICATOR in
-- packages/db/src/seed/demo-figures.ts (a seed test compares them). Idempotent.
INSERT INTO "Indicator" ("id", "key", "name", "definition", "numeratorMeasure", "denominator", "unit", "source", "updatedAt") VALUES
  ('indicator_bevestigde_kindermishandeling', 'bevestigde-kindermishandeling', 'Bevestigde kindermishandeling',
   'Percentage kinderen van 0 tot en met 17 jaar bij wie na een melding en onderzoek kindermishandeling is bevestigd. Teller: het aantal kinderen met bevestigde kindermishandeling na onderzoek in de periode. Noemer: het aantal kinderen van 0 tot en met 17 jaar in het gebied op 1 januari van het jaar. Definitie van Kinderen in Tel (Verwey-Jonker Instituut); niet te verwarren met het aantal meldingen of het aantal gemelde kinderen.',
   'ABUSE_CONFIRMED', 'CHILDREN_0_17', 'PERCENT', 'Kinderen in Tel (Verwey-Jonker Instituut)', CURRENT_TIMESTAMP)
ON CONFLICT ("key") DO NOTHING;
