/*
 * The source documents behind every legal sentence the portal shows (`../shared/seeds/`, copied to
 * packages/legal/seeds for the tests). Each
 * statement in the catalogue names one or more of these with a section and a short quote, so a
 * reviewer can check it against the text. `movedOn` says plainly where the world changed since
 * the source was written; it names what changed and does not invent article numbers.
 */

export type SourceId = "000" | "001" | "002" | "003" | "004";

export interface Source {
  id: SourceId;
  /** The seed file the text comes from. */
  file: string;
  /** The title as the text gives it; where the seed has no title page, a description in its own words. */
  title: string;
  author: string;
  /** When the source was published, as precisely as the text allows. */
  published: string;
  /** How the date was found: none of the seeds carries a date line, so this says what in the text dates it. */
  dating: string;
  /** Where the law or the organisations changed since, in plain Dutch. */
  movedOn: readonly string[];
}

// Checked against the seed texts (issue 13, part D). None of the five has a colophon with a date, so
// `dating` names the sentence that dates it; titles and authors are taken from the text only.
export const SOURCES: Readonly<Record<SourceId, Source>> = {
  "000": {
    id: "000",
    file: "000_f33348ab597800fb.txt",
    title: "Intersectorale informatie-uitwisseling bij (vermoedens van) kindermishandeling: beroepsgroepensessies en werkateliers (onderzoeksrapport)",
    author: "VanMontfoort, in opdracht van de ministeries van VWS en VenJ (met het afwegingskader van Considerati, december 2015)",
    published: "2016 of later",
    dating: "Geen datum in de tekst; §1.1: \u2018In april 2016 gaven de ministeries van VWS en VenJ aan VanMontfoort de opdracht\u2019.",
    movedOn: [
      "De Wet bescherming persoonsgegevens (Wbp) is op 25 mei 2018 vervangen door de Algemene verordening gegevensbescherming (AVG). Waar het rapport een Wbp-artikel noemt, geldt dat artikel niet meer; het rapport zegt niet welk AVG-artikel ervoor in de plaats komt en deze portal ook niet.",
      "Sinds 1 januari 2019 hoort bij de meldcode een afwegingskader: voor de meeste beroepen is melden bij Veilig Thuis dan de norm bij acute en structurele onveiligheid. Het rapport beschrijft de meldcode van daarvoor.",
    ],
  },
  "001": {
    id: "001",
    file: "001_1887b625fcc0c560.txt",
    title: "toolKID: Kindveiligheid en -welzijn (praktische uitwerking van de samenwerkingsafspraken in Heerlen en omgeving)",
    author: "Organisaties voor zorg aan ouders/volwassenen en voor kinderen/gezinnen in Heerlen en omgeving",
    published: "2015 of later",
    dating: "Geen datum in de tekst; noemt Veilig Thuis en de Gecertificeerde Instellingen, die er sinds 1 januari 2015 zijn.",
    movedOn: [
      "Sinds 1 januari 2019 hoort bij de meldcode een afwegingskader (stap 4 en 5 van de meldcode); de toolKID beschrijft de meldcode van daarvoor.",
      "De Wet bescherming persoonsgegevens is op 25 mei 2018 vervangen door de AVG.",
    ],
  },
  "002": {
    id: "002",
    file: "002_a00a328c5216976c.txt",
    title: "Horen, zien en zwijgplicht? Wegwijzer huiselijk geweld, kindermishandeling en beroepsgeheim (herziene publicatie)",
    author: "De Minister van Justitie, mede namens de Minister voor Jeugd en Gezin en de Staatssecretaris van VWS",
    published: "2009 of 2010",
    dating: "Geen datum in de tekst; het voorwoord noemt de Wet tijdelijk huisverbod \u2018met ingang van 1 januari 2009\u2019 als van kracht en de wettelijke meldcode als iets dat nog komt.",
    movedOn: [
      "Het Advies- en Meldpunt Kindermishandeling (AMK) en het Steunpunt Huiselijk Geweld (SHG) zijn op 1 januari 2015 samengegaan in Veilig Thuis; waar de wegwijzer \u2018AMK\u2019 zegt, is dat nu Veilig Thuis.",
      "Het meldrecht stond in de Wet op de jeugdzorg; sinds 1 januari 2015 geldt de Jeugdwet.",
      "De meldcode die het voorwoord aankondigt is sinds 1 juli 2013 wettelijk verplicht; sinds 1 januari 2019 hoort er een afwegingskader bij.",
      "De Wet bescherming persoonsgegevens is op 25 mei 2018 vervangen door de AVG; het College bescherming persoonsgegevens heet sinds 2016 Autoriteit Persoonsgegevens. De telefoonnummers en websites in de wegwijzer zijn niet gecontroleerd.",
    ],
  },
  "003": {
    id: "003",
    file: "003_2ffb50709530e9a6.txt",
    title: "Model Samenwerkingsafspraken Informatie-uitwisseling in verband met aanpak kindermishandeling tussen (geestelijke) gezondheidszorg en AMK, Bureau Jeugdzorg en Raad voor de Kinderbescherming: Handleiding",
    author: "Een landelijke taakgroep (de handleiding noemt geen organisaties als auteur)",
    published: "vóór 2015",
    dating: "Geen datum in de tekst; voetnoot 4 verwacht de informatieplicht aan de gezinsvoogd nog: \u2018Invoering daarvan wordt verwacht in 2015\u2019.",
    movedOn: [
      "Het AMK is op 1 januari 2015 opgegaan in Veilig Thuis; Bureau Jeugdzorg is met de Jeugdwet (2015) voor de jeugdbescherming vervangen door de Gecertificeerde Instellingen. Waar het model \u2018AMK\u2019 of \u2018Bureau Jeugdzorg\u2019 zegt, gaat het nu om Veilig Thuis en de Gecertificeerde Instelling.",
      "De informatieplicht aan de gezinsvoogd die voetnoot 4 aankondigt, geldt inmiddels: de toolKID (001) zegt dat uitwisselen met de gezinsvoogd tijdens een ondertoezichtstelling verplicht is voor zover de ondertoezichtstelling dat nodig heeft.",
      "De Wet bescherming persoonsgegevens is op 25 mei 2018 vervangen door de AVG.",
    ],
  },
  "004": {
    id: "004",
    file: "004_98b3b4718f62063a.txt",
    title: "Geïntensiveerde aanpak kindermishandeling 2017-2018 (plan van aanpak)",
    author: "Gemeente Zwijndrecht",
    published: "2017",
    dating: "Geen datum in de tekst; noemt de \u2018brief aan de raad van december 2016\u2019 en het databoek dat \u2018Begin 2017\u2019 verscheen.",
    movedOn: [
      "De cijfers in het plan komen uit de AMK-registratie tot en met 2014; over 2015 zijn er geen betrouwbare cijfers (voetnoot 1) en de cijfers vanaf 2015 komen van Veilig Thuis. Een reeks over 2015 heen heeft dus een breuk.",
    ],
  },
};

/**
 * Where the world moved on since the sources, in one list for the top of "Bronnen en verantwoording":
 * what changed and when, without article numbers the sources do not give (issue 13, item 4).
 */
export const WORLD_MOVED_ON: readonly string[] = [
  "Wet bescherming persoonsgegevens (Wbp) → Algemene verordening gegevensbescherming (AVG), 25 mei 2018. Wbp-artikelen in de bronnen gelden niet meer; welk AVG-artikel ervoor in de plaats komt, zeggen de bronnen niet en deze portal ook niet.",
  "Advies- en Meldpunt Kindermishandeling (AMK) en Steunpunt Huiselijk Geweld → Veilig Thuis, 1 januari 2015. Bureau Jeugdzorg → Gecertificeerde Instellingen voor de jeugdbescherming, met de Jeugdwet (2015). Cijferreeksen over 2015 heen hebben een breuk.",
  "De meldcode huiselijk geweld en kindermishandeling is sinds 1 juli 2013 wettelijk verplicht en heeft sinds 1 januari 2019 een afwegingskader: voor de meeste beroepen is melden bij Veilig Thuis dan de norm bij acute en structurele onveiligheid.",
];

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
