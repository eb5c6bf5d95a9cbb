import { OTHER_STATEMENT_IDS, OTHER_STATEMENTS } from "@kk/legal";

/**
 * The clause checklist every agreement is assessed against: the seven clauses of the Model
 * samenwerkingsafspraken (1a–7) plus four themes from the research and the Heerlen toolKID
 * (domain.md, "Model samenwerkingsafspraken" and "Information requests"). An agreement stores one
 * AgreementClause row per key it has assessed; a key without a row is "niet beoordeeld".
 * The order here is the order in forms, tables and the coverage matrix.
 */
export interface ClauseCatalogueEntry {
  /** Stored in AgreementClause.clauseKey; never rename a key that is in use. */
  key: string;
  /** Short code shown in narrow columns (matrix headers). */
  code: string;
  title: string;
  description: string;
  /** Where the clause comes from (domain.md source). */
  source: string;
  /** The legal content catalogue statement (@kk/legal) whose words the description is, shown with its source and quote. */
  statementId?: string;
}

/** The Model's own words for a clause: the catalogue statement's text (issue 13, item 5: not a paraphrase). */
function modelWording(id: string): string {
  const statement = OTHER_STATEMENTS.find((s) => s.id === id);
  if (!statement) throw new Error(`Catalogue statement ${id} is missing.`);
  return statement.text;
}

const MODEL = "Model samenwerkingsafspraken (003)";

export const CLAUSE_CATALOGUE = [
  {
    key: "1a",
    code: "1a",
    title: "Openheid naar de cliënt",
    description: "Professionals zijn open naar de cliënt over wat zij met informatie doen en met wie zij die delen.",
    source: MODEL,
  },
  {
    key: "1b",
    code: "1b",
    title: "Duidelijkheid over de positie van de cliënt",
    description: modelWording(OTHER_STATEMENT_IDS.clause1b),
    source: MODEL,
    statementId: OTHER_STATEMENT_IDS.clause1b,
  },
  {
    key: "2",
    code: "2",
    title: "Juiste en actuele gegevens",
    description: "Partijen zorgen dat gedeelde gegevens juist, volledig en actueel zijn.",
    source: MODEL,
  },
  {
    key: "3",
    code: "3",
    title: "Alleen gebruik voor het doel",
    description: "Gegevens worden alleen gebruikt voor het doel waarvoor ze zijn verstrekt.",
    source: MODEL,
  },
  {
    key: "4",
    code: "4",
    title: "Melden bij Veilig Thuis of de Raad",
    description:
      "Afspraken over melden bij Veilig Thuis of de Raad voor de Kinderbescherming; de ontvanger laat de melder binnen tien dagen weten of er onderzoek komt en later wat de uitkomst is.",
    source: MODEL,
  },
  {
    key: "5",
    code: "5",
    title: "Informatie opvragen",
    description: modelWording(OTHER_STATEMENT_IDS.clause5),
    source: "Model samenwerkingsafspraken (003), artikel 5, en toolKID (001)",
    statementId: OTHER_STATEMENT_IDS.clause5,
  },
  {
    key: "6",
    code: "6",
    title: "Informatie verstrekken",
    description: modelWording(OTHER_STATEMENT_IDS.clause6),
    source: "Model samenwerkingsafspraken (003), artikel 6, en toolKID (001)",
    statementId: OTHER_STATEMENT_IDS.clause6,
  },
  {
    key: "7",
    code: "7",
    title: "Verslaglegging",
    description: "Wat partijen in het dossier vastleggen over gevraagde en gegeven informatie en de afwegingen daarbij.",
    source: MODEL,
  },
  {
    key: "terugkoppeling",
    code: "TK",
    title: "Terugkoppeling na een melding",
    description: "De melder (bijvoorbeeld een school) hoort wat er met de melding of het verzoek is gedaan.",
    source: "Onderzoek (000): scholen vragen om terugkoppeling",
  },
  {
    key: "escalatie",
    code: "ESC",
    title: "Escalatie tussen organisaties",
    description: "Wat professionals doen als zij het niet eens worden: wie wordt erbij gehaald en binnen welke termijn.",
    source: "Onderzoek (000): afspraken over escalatie",
  },
  {
    key: "reactietermijn",
    code: "RT",
    title: "Reactietermijn bij informatieverzoeken",
    description: "Binnen welke termijn een informatieverzoek wordt beantwoord (toolKID Heerlen: vijf werkdagen).",
    source: "toolKID regio Heerlen (001)",
  },
  {
    key: "vaste-contactpunten",
    code: "VC",
    title: "Vaste contactpunten",
    description: "Elke partij heeft een vast aanspreekpunt voor vragen en verzoeken.",
    source: "Onderzoek (000): vast contactpunt per organisatie",
  },
] as const satisfies readonly ClauseCatalogueEntry[];

export type ClauseKey = (typeof CLAUSE_CATALOGUE)[number]["key"];

export const CLAUSE_KEYS = CLAUSE_CATALOGUE.map((c) => c.key) as ClauseKey[];

export function isClauseKey(key: string): key is ClauseKey {
  return (CLAUSE_KEYS as string[]).includes(key);
}

export function clauseByKey(key: string): ClauseCatalogueEntry | undefined {
  return CLAUSE_CATALOGUE.find((c) => c.key === key);
}
