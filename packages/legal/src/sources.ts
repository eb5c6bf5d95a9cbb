/*
 * The source documents behind every legal sentence the portal shows (`../shared/seeds/`). Each
 * statement in the catalogue names one or more of these with a section and a short quote, so a
 * reviewer can check it against the text. `movedOn` says plainly where the world changed since
 * the source was written; it names what changed and does not invent article numbers.
 */

export type SourceId = "000" | "001" | "002" | "003" | "004";

export interface Source {
  id: SourceId;
  /** The seed file the text comes from. */
  file: string;
  title: string;
  author: string;
  /** When the source was published, as precisely as it says. */
  published: string;
  /** Where the law or the organisations changed since, in plain Dutch. */
  movedOn: readonly string[];
}

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  "000": {
    id: "000",
    file: "000_f33348ab597800fb.txt",
    title: "Informatie-uitwisseling bij kindermishandeling: werkateliers (onderzoeksrapport)",
    author: "VanMontfoort, met Considerati",
    published: "2016",
    movedOn: [
      "De Wet bescherming persoonsgegevens (Wbp) is in mei 2018 vervangen door de Algemene verordening gegevensbescherming (AVG); artikelnummers uit de Wbp gelden niet meer.",
      "Sinds 2019 hoort bij de meldcode een afwegingskader; voor de meeste beroepen is melden bij Veilig Thuis dan de norm bij acute en structurele onveiligheid.",
    ],
  },
  "001": {
    id: "001",
    file: "001_1887b625fcc0c560.txt",
    title: "toolKID: Kindveiligheid en -welzijn, Heerlen en aangesloten gemeenten",
    author: "Gemeente Heerlen e.a.",
    published: "circa 2016",
    movedOn: ["Sinds 2019 hoort bij de meldcode een afwegingskader (stap 4 en 5)."],
  },
  "002": {
    id: "002",
    file: "002_a00a328c5216976c.txt",
    title: "Horen, zien en zwijgplicht? Wegwijzer huiselijk geweld, kindermishandeling en beroepsgeheim",
    author: "Ministerie van VWS en Ministerie van Justitie (herziene uitgave)",
    published: "2010",
    movedOn: [
      "Het Advies- en Meldpunt Kindermishandeling (AMK) en het Steunpunt Huiselijk Geweld (SHG) zijn in 2015 samengegaan in Veilig Thuis.",
      "De Wbp is in 2018 vervangen door de AVG.",
      "Sinds 2019 hoort bij de meldcode een afwegingskader.",
    ],
  },
  "003": {
    id: "003",
    file: "003_2ffb50709530e9a6.txt",
    title: "Model Samenwerkingsafspraken Informatie-uitwisseling (G)GZ, AMK, Bureau Jeugdzorg en Raad voor de Kinderbescherming, met handleiding",
    author: "GGZ Nederland, Jeugdzorg Nederland en Raad voor de Kinderbescherming",
    published: "circa 2012",
    movedOn: [
      "Het AMK is in 2015 opgegaan in Veilig Thuis; Bureau Jeugdzorg is sinds de Jeugdwet (2015) voor de jeugdbescherming vervangen door de Gecertificeerde Instellingen.",
      "De Wbp is in 2018 vervangen door de AVG.",
    ],
  },
  "004": {
    id: "004",
    file: "004_98b3b4718f62063a.txt",
    title: "Geïntensiveerde aanpak kindermishandeling 2017-2018 (plan van aanpak)",
    author: "Gemeente Zwijndrecht",
    published: "2017",
    movedOn: [],
  },
};

/** Where a statement comes from: the source, the section as the source numbers or names it, and a short literal quote. */
export interface SourceRef {
  source: SourceId;
  section: string;
  /** Literal words from the source (Dutch), short enough to check at a glance. */
  quote: string;
}

/** One legal statement the portal shows, in Dutch, with the sources that carry it. */
export interface LegalStatement {
  /** Stable id, e.g. "acute-danger.act-now". */
  id: string;
  text: string;
  sources: readonly SourceRef[];
}
