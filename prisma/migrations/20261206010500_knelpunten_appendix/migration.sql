-- Data migration (issue 13, item 5): the knelpunten catalogue gets the full remedies of the appendix of the
-- werkateliers report (source 000, "Bijlage: schematische weergave van de knelpunten en aanbevelingen"), in
-- its words, and the knelpunt it missed: "De zorgprofessional vindt het delen van informatie niet in het belang
-- van dit kind" (000 §3.2, punt 1). Same text as packages/api/src/meeting-outcome/knelpunt-appendix.ts (its test
-- compares the two). Remedies cannot be edited in the portal, so the seeded keys are updated in place.
INSERT INTO "Knelpunt" ("id", "key", "title", "description", "remedy", "active") VALUES
  ('knelpunt_niet_in_belang_kind', 'niet-in-belang-kind', 'Delen niet in het belang van dit kind',
   'De zorgprofessional vindt dat het kind het best wordt geholpen door het gezin zelf, het sociale netwerk en hulp of behandeling in een vrijwillig kader; een melding bij Veilig Thuis of een justitiële interventie kan de hulpverleningsrelatie belasten of verbreken.',
   'Transparantie naar andere professionals; Voer in iedere casus het gesprek over het belang en het risico van informatie uitwisseling voor dit kind; Verdere implementatie van meldcode en kindcheck.', true)
ON CONFLICT DO NOTHING;

UPDATE "Knelpunt" SET "remedy" = 'Zorgvuldig overleg; Transparantie naar andere professionals; Voer in iedere casus het gesprek over het belang en het risico van informatie uitwisseling voor dit kind; Structurele samenwerking tussen justitiële instanties en zorgprofessionals; Maak als organisaties afspraken met elkaar over uitwisselen van informatie.' WHERE "key" = 'geen-vertrouwen-vragende-instantie';
UPDATE "Knelpunt" SET "remedy" = 'Transparantie naar betrokkenen; Het krijgen van toestemming; Zorgvuldige documentatie; Scholing over en steun bij klacht- en tuchtprocedures.' WHERE "key" = 'angst-klacht-tuchtrecht';
UPDATE "Knelpunt" SET "remedy" = 'Transparantie naar betrokkenen; Het krijgen van toestemming; Zorgvuldige documentatie; Zorgvuldig overleg; Structurele samenwerking tussen justitiële instanties en zorgprofessionals; Maatregelen tegen (dreigend) geweld tegen professionals.' WHERE "key" = 'angst-represailles';
UPDATE "Knelpunt" SET "remedy" = 'Zorgvuldig overleg; Verdere implementatie van meldcode en kindcheck; Maak als organisaties afspraken met elkaar over uitwisselen van informatie.' WHERE "key" = 'te-weinig-delen';
UPDATE "Knelpunt" SET "remedy" = 'Zorgvuldig overleg; Verdere implementatie van meldcode en kindcheck; Maak als organisaties afspraken met elkaar over uitwisselen van informatie.' WHERE "key" = 'te-veel-delen';
UPDATE "Knelpunt" SET "remedy" = 'Het beleid van de gemeenten en daarmee ook de aansturing van medewerkers (bijvoorbeeld sociaal team) en organisaties moet niet strijdig zijn met de wet- en de regelgeving.' WHERE "key" = 'beleid-strijdig-met-wet';
UPDATE "Knelpunt" SET "remedy" = 'Zorgvuldig overleg; Transparantie naar andere professionals; Maak als organisaties afspraken met elkaar over uitwisselen van informatie.' WHERE "key" = 'domeinoverstijgend-delen';
UPDATE "Knelpunt" SET "remedy" = 'Zorgvuldig overleg; Maak als organisaties afspraken met elkaar over wie welke taak heeft en wie regie voert per casus.' WHERE "key" = 'te-veel-schakels';
UPDATE "Knelpunt" SET "remedy" = 'Transparantie naar betrokkenen; Het krijgen van toestemming; Zorgvuldige documentatie; Ontwikkelen van tools voor professionals.' WHERE "key" = 'toestemming-krijgen';
UPDATE "Knelpunt" SET "remedy" = 'Zorgvuldig overleg; Transparantie naar andere professionals; Voer in iedere casus het gesprek over het belang en het risico van informatie uitwisseling voor dit kind; Structurele samenwerking tussen justitiële instanties en zorgprofessionals; Ontwikkelen van tools voor professionals; Maak als organisaties afspraken met elkaar over uitwisselen van informatie.' WHERE "key" = 'weinig-info-na-afschaling';
UPDATE "Knelpunt" SET "remedy" = 'Transparantie naar betrokkenen; Het krijgen van toestemming; Zorgvuldige documentatie; Voer in iedere casus het gesprek over het belang en het risico van informatie uitwisseling voor dit kind; Verder implementatie van meldcode en kindcheck.' WHERE "key" = 'vertrouwensrelatie-verbreken';
UPDATE "Knelpunt" SET "remedy" = 'Duidelijke structuur bij informatievragen; Hierdoor wordt voor de leerkracht, de directie, en voor de informatievrager duidelijk waar welke informatie gevraagd kan worden.' WHERE "key" = 'wie-beantwoordt-informatieverzoek';
