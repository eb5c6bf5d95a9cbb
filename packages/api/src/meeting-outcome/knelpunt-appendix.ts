/*
 * The werkatelier knelpunten and their recommended remedies exactly as the appendix of the
 * werkateliers report lists them (source 000, "Bijlage: schematische weergave van de knelpunten en
 * aanbevelingen"), plus knelpunt 1 of §3.2 ("De zorgprofessional vindt het delen van informatie
 * niet in het belang van dit kind"), which the first catalogue missed (issue 13, item 5). The data
 * migration `…_knelpunten_appendix` writes these into the Knelpunt table; the test checks that
 * migration and every remedy against the seed text.
 *
 * "wie-beantwoordt-informatieverzoek" is not in the appendix: its remedy is §3.3, "Ad 5. Duidelijke
 * structuur bij informatievragen".
 */

export interface KnelpuntAppendixEntry {
  key: string;
  title: string;
  /** Where the remedies are in source 000. */
  section: string;
  /** The appendix's recommendations, in its words and order. */
  remedies: readonly string[];
}

const APPENDIX = "Bijlage: schematische weergave van de knelpunten en aanbevelingen";

export const KNELPUNT_APPENDIX: readonly KnelpuntAppendixEntry[] = [
  {
    key: "niet-in-belang-kind",
    title: "Delen niet in het belang van dit kind",
    section: APPENDIX,
    remedies: [
      "Transparantie naar andere professionals",
      "Voer in iedere casus het gesprek over het belang en het risico van informatie uitwisseling voor dit kind",
      "Verdere implementatie van meldcode en kindcheck",
    ],
  },
  {
    key: "geen-vertrouwen-vragende-instantie",
    title: "Geen vertrouwen in de vragende instantie",
    section: APPENDIX,
    remedies: [
      "Zorgvuldig overleg",
      "Transparantie naar andere professionals",
      "Voer in iedere casus het gesprek over het belang en het risico van informatie uitwisseling voor dit kind",
      "Structurele samenwerking tussen justitiële instanties en zorgprofessionals",
      "Maak als organisaties afspraken met elkaar over uitwisselen van informatie",
    ],
  },
  {
    key: "angst-klacht-tuchtrecht",
    title: "Angst voor klacht- en tuchtrecht",
    section: APPENDIX,
    remedies: ["Transparantie naar betrokkenen", "Het krijgen van toestemming", "Zorgvuldige documentatie", "Scholing over en steun bij klacht- en tuchtprocedures"],
  },
  {
    key: "angst-represailles",
    title: "Angst voor represailles",
    section: APPENDIX,
    remedies: [
      "Transparantie naar betrokkenen",
      "Het krijgen van toestemming",
      "Zorgvuldige documentatie",
      "Zorgvuldig overleg",
      "Structurele samenwerking tussen justitiële instanties en zorgprofessionals",
      "Maatregelen tegen (dreigend) geweld tegen professionals",
    ],
  },
  {
    key: "te-weinig-delen",
    title: "Te weinig informatie delen",
    section: APPENDIX,
    remedies: ["Zorgvuldig overleg", "Verdere implementatie van meldcode en kindcheck", "Maak als organisaties afspraken met elkaar over uitwisselen van informatie"],
  },
  {
    key: "te-veel-delen",
    title: "Te veel informatie delen",
    section: APPENDIX,
    remedies: ["Zorgvuldig overleg", "Verdere implementatie van meldcode en kindcheck", "Maak als organisaties afspraken met elkaar over uitwisselen van informatie"],
  },
  {
    key: "beleid-strijdig-met-wet",
    title: "Gemeentelijk beleid strijdig met de wet",
    section: APPENDIX,
    remedies: [
      "Het beleid van de gemeenten en daarmee ook de aansturing van medewerkers (bijvoorbeeld sociaal team) en organisaties moet niet strijdig zijn met de wet- en de regelgeving",
    ],
  },
  {
    key: "domeinoverstijgend-delen",
    title: "Te veel of te weinig domeinoverstijgende uitwisseling",
    section: APPENDIX,
    remedies: ["Zorgvuldig overleg", "Transparantie naar andere professionals", "Maak als organisaties afspraken met elkaar over uitwisselen van informatie"],
  },
  {
    key: "te-veel-schakels",
    title: "Te veel schakels in de keten",
    section: APPENDIX,
    remedies: ["Zorgvuldig overleg", "Maak als organisaties afspraken met elkaar over wie welke taak heeft en wie regie voert per casus"],
  },
  {
    key: "toestemming-krijgen",
    title: "Toestemming krijgen",
    section: APPENDIX,
    remedies: ["Transparantie naar betrokkenen", "Het krijgen van toestemming", "Zorgvuldige documentatie", "Ontwikkelen van tools voor professionals"],
  },
  {
    key: "weinig-info-na-afschaling",
    title: "Te weinig informatie na afschaling door Veilig Thuis",
    section: APPENDIX,
    remedies: [
      "Zorgvuldig overleg",
      "Transparantie naar andere professionals",
      "Voer in iedere casus het gesprek over het belang en het risico van informatie uitwisseling voor dit kind",
      "Structurele samenwerking tussen justitiële instanties en zorgprofessionals",
      "Ontwikkelen van tools voor professionals",
      "Maak als organisaties afspraken met elkaar over uitwisselen van informatie",
    ],
  },
  {
    key: "vertrouwensrelatie-verbreken",
    title: "Verbreken van de vertrouwensrelatie",
    section: APPENDIX,
    remedies: [
      "Transparantie naar betrokkenen",
      "Het krijgen van toestemming",
      "Zorgvuldige documentatie",
      "Voer in iedere casus het gesprek over het belang en het risico van informatie uitwisseling voor dit kind",
      // The appendix writes "Verder implementatie" here and "Verdere" everywhere else.
      "Verder implementatie van meldcode en kindcheck",
    ],
  },
  {
    key: "wie-beantwoordt-informatieverzoek",
    title: "Onduidelijk wie een informatieverzoek beantwoordt",
    section: "§3.3 Aanbevelingen, Ad 5. Duidelijke structuur bij informatievragen",
    remedies: [
      "Duidelijke structuur bij informatievragen",
      "Hierdoor wordt voor de leerkracht, de directie, en voor de informatievrager duidelijk waar welke informatie gevraagd kan worden",
    ],
  },
];

/** The text stored in Knelpunt.remedy: the remedies joined with "; ", ending with a full stop. */
export function remedyText(entry: KnelpuntAppendixEntry): string {
  return `${entry.remedies.join("; ")}.`;
}
