import type { LegalStatement } from "../sources.ts";

/*
 * Every legal sentence the weighing aid ("Afwegen", /mag-ik-delen/afwegen) shows, each with the
 * seed it comes from, the section as the seed names it and a short literal quote
 * (docs/mag-ik-delen.md, "Afwegen"). `statements.test.ts` checks every quote against the seed text.
 * 002 has no numbered sections: its section is the heading the quote stands under.
 */

export const WEIGHING_STATEMENTS = [
  // Step 1: acute danger (000 §1.2, Considerati's order).
  {
    id: "weighing.order",
    text: "De afweging volgt de volgorde van Considerati: eerst acuut gevaar, dan een wettelijke plicht, dan toestemming, en pas zonder toestemming de vraag of delen noodzakelijk is in het belang van het kind.",
    sources: [
      { source: "000", section: "§1.2", quote: "Bestaat er acuut gevaar voor het leven of de veiligheid van het kind?" },
      { source: "000", section: "§1.2", quote: "Bestaat er een wettelijke plicht tot verstrekken van persoonsgegevens?" },
      {
        source: "000",
        section: "§1.2",
        quote: "Is na een zorgvuldige afweging het verstrekken van persoonsgegevens noodzakelijk met het oog op het belang van het kind?",
      },
    ],
  },
  {
    id: "weighing.acute.privacy-no-obstacle",
    text: "Bij een duidelijke situatie van zeer ernstige kindermishandeling is privacy geen reden om te wachten: handel nu en leg daarna vast wat u deed.",
    sources: [
      {
        source: "000",
        section: "§1.2",
        quote: "Wanneer een professional geconfronteerd wordt met een evidente situatie van zeer ernstige kindermishandeling, dan is privacy vaak geen issue",
      },
    ],
  },
  {
    id: "weighing.acute.call",
    text: "Bel bij direct gevaar 112: de politie kan in een crisissituatie direct ingrijpen. Bel Veilig Thuis (sinds 2015 de opvolger van het AMK) op 0800-2000 voor advies of een melding.",
    sources: [{ source: "002", section: "Wie doet wat? — De politie", quote: "Zij heeft de mogelijkheid om in een crisissituatie direct in te grijpen." }],
  },
  {
    id: "weighing.conflict-of-duties",
    text: "Soms botst de plicht om te zwijgen met de plicht om het kind te helpen. Bij zo'n conflict van plichten kan delen zonder toestemming gerechtvaardigd zijn, mits u zorgvuldig afweegt.",
    sources: [
      { source: "000", section: "§1.2", quote: "Er is dan een conflict van plichten." },
      { source: "002", section: "Voorwoord", quote: "Het is dus niet: niet melden, tenzij, maar: melden, mits!" },
    ],
  },
  // Step 2: a legal duty or right to provide.
  {
    id: "weighing.ground.ots",
    text: "Is er een ondertoezichtstelling (OTS), dan bent u verplicht informatie te delen met de gezinsvoogd, voor zover die informatie nodig is voor de uitvoering van de ondertoezichtstelling. Niet meer dan dat.",
    sources: [
      {
        source: "001",
        section: "NB (Voordat je informatie gaat uitwisselen)",
        quote:
          "Wanneer er sprake is van een ondertoezichtstelling, dan is het verplicht informatie uit te wisselen met de gezinsvoogd voor zover deze informatie nodig is in de uitvoering van de ondertoezichtstelling.",
      },
      {
        source: "003",
        section: "voetnoot 4",
        quote: "informatieplicht gaan gelden voor zorgverleners om de gezinsvoogd op zijn verzoek te informeren voor zover noodzakelijk",
      },
    ],
  },
  {
    id: "weighing.ground.request-vt",
    text: "Vraagt Veilig Thuis u om informatie voor een onderzoek, dan mag u die geven; daarvoor is volgens de wet geen toestemming nodig. U beslist zelf welke informatie nodig is.",
    sources: [
      {
        source: "002",
        section: "Wie doet wat? — Wat gebeurt er met een melding?",
        quote: "Iedereen heeft het recht om informatie over een kind te verstrekken als het AMK daar in het kader van een onderzoek om vraagt. Ook hiervoor is volgens de wet geen toestemming nodig.",
      },
      { source: "000", section: "§1.2", quote: "Zo heeft Veilig Thuis de bevoegdheid om zonder toestemming van de betrokkenen onderzoek of uitvoeringshandelingen te doen." },
    ],
  },
  {
    id: "weighing.ground.request-raad",
    text: "Vraagt de Raad voor de Kinderbescherming u om informatie, dan mag u die ook zonder toestemming geven, voor zover de Raad die nodig heeft voor zijn taak. U beslist zelf óf en welke informatie u geeft.",
    sources: [
      {
        source: "002",
        section: "Wie doet wat? — Raad voor de Kinderbescherming",
        quote: "Iedere beroepskracht heeft het recht om, ook zonder toestemming van de cliënt, informatie te verstrekken aan de Raad.",
      },
      { source: "002", section: "Wie doet wat? — Raad voor de Kinderbescherming", quote: "U beslist zelf óf en welke informatie u verstrekt." },
      {
        source: "000",
        section: "§1.2, Ad. b",
        quote: "Professionals hebben het recht om informatie te verstrekken aan de Raad voor de Kinderbescherming voor zover dit noodzakelijk is voor de taakuitoefening",
      },
    ],
  },
  {
    id: "weighing.ground.meldrecht",
    text: "U heeft meldrecht bij Veilig Thuis: u mag een vermoeden van kindermishandeling daar melden, zo nodig zonder toestemming. U moet wel kunnen verantwoorden waarom u zonder toestemming meldt; daarom volgen hierna de vragen over toestemming.",
    sources: [
      { source: "000", section: "§1.2, Ad. a", quote: "hebben zij het recht om dit te melden bij Veilig Thuis" },
      { source: "002", section: "Geen toestemming van de cliënt", quote: "U moet wel kunnen verantwoorden waarom u zonder toestemming meldt." },
    ],
  },
  {
    id: "weighing.ground.none",
    text: "Zonder wettelijke plicht of verzoek is de volgende vraag of u toestemming kunt vragen.",
    sources: [
      { source: "000", section: "§1.2", quote: "Is verstrekking van persoonsgegeven mogelijk op basis van ondubbelzinnige/uitdrukkelijke toestemming?" },
    ],
  },
  // Step 3: can consent be asked, and from whom.
  {
    id: "weighing.consent.transparency",
    text: "Uitgangspunt is openheid naar de ouder: leg uit waarom, welke informatie en met wie u wilt delen, en vraag toestemming.",
    sources: [
      { source: "001", section: "Voordat je informatie gaat uitwisselen", quote: "Uitgangspunt is transparantie en openheid naar de ouder" },
      { source: "002", section: "Toestemming van de cliënt", quote: "Met toestemming van de cliënt is gegevensuitwisseling bijna altijd rechtmatig." },
    ],
  },
  {
    id: "weighing.consent.danger",
    text: "Alleen bij een zeer ernstige situatie of een zeer ernstig vermoeden mag u de ouder niet om toestemming vragen, omdat de vraag zelf acuut grote risico's geeft voor de ouder, de professional of het kind.",
    sources: [
      {
        source: "001",
        section: "Geen toestemming ouder, 2",
        quote: "Deze werkwijze wordt alleen toegepast in het geval van een zeer ernstige situatie of een zeer ernstig vermoeden van kindermishandeling of huiselijk geweld.",
      },
    ],
  },
  {
    id: "weighing.consent.tree",
    text: "Wie toestemming moet geven hangt af van vier vragen: zijn er kinderen in het gezin, hoe oud zijn ze, wie heeft het gezag, en is een kind ouder dan 16 wilsonbekwaam?",
    sources: [
      {
        source: "000",
        section: "§5.3",
        quote:
          "zijn er kinderen in het gezinssysteem, hoe oud zijn de kinderen, wie heeft het gezag over de minderjarige kinderen? Is er sprake van wilsonbekwaamheid bij de kinderen ouder dan 16 jaar?",
      },
    ],
  },
  {
    id: "weighing.consent.no-children",
    text: "Gaat het niet om een minderjarig kind in het gezin, dan vraagt u de toestemming van uw cliënt zelf.",
    sources: [{ source: "002", section: "Toestemming van de cliënt", quote: "Met toestemming van de cliënt is gegevensuitwisseling bijna altijd rechtmatig." }],
  },
  {
    id: "weighing.consent.under-12",
    text: "Kind jonger dan 12 jaar: vraag toestemming aan de wettelijke vertegenwoordiger (de ouders of de voogd met gezag).",
    sources: [
      { source: "000", section: "§1.2, Tabel 1", quote: "Toestemming vragen aan wettelijke vertegenwoordiger" },
      { source: "000", section: "§1.2, Tabel 1", quote: "ouders of voogd die belast zijn met het gezag" },
    ],
  },
  {
    id: "weighing.consent.12-to-16",
    text: "Jongere van 12 tot 16 jaar: vraag toestemming aan de jongere én aan de wettelijke vertegenwoordiger(s).",
    sources: [{ source: "000", section: "§1.2, Tabel 1", quote: "Toestemming vragen aan jongere en wettelijke vertegenwoordiger(s)." }],
  },
  {
    id: "weighing.consent.16-plus",
    text: "Jongere van 16 jaar of ouder: alleen de toestemming van de jongere is nodig.",
    sources: [{ source: "000", section: "§1.2, Tabel 1", quote: "Alleen toestemming nodig van jongere." }],
  },
  {
    id: "weighing.consent.incompetent",
    text: "Is de jongere wilsonbekwaam, vraag dan (ook) toestemming aan de wettelijke vertegenwoordiger.",
    sources: [{ source: "000", section: "§1.2, Tabel 1", quote: "(ook) toestemming vragen aan wettelijke vertegenwoordiger." }],
  },
  {
    id: "weighing.consent.both-parents",
    text: "Hebben beide ouders het gezag, dan moeten beide ouders toestemming geven. Ook na een echtscheiding houden ouders meestal (92%) samen het gezag.",
    sources: [
      { source: "000", section: "§1.2, bij Tabel 1", quote: "Als beide ouders belast zijn met gezag, dan dient aan beide ouders toestemming gevraagd te worden." },
      { source: "000", section: "§1.2, bij Tabel 1", quote: "Ook na een echtscheiding houden ouders in 92% van de gevallen gezamenlijk gezag (bron CBS 2013)." },
    ],
  },
  {
    id: "weighing.consent.one-parent",
    text: "Heeft één ouder het gezag, dan vraagt u die ouder als wettelijke vertegenwoordiger.",
    sources: [{ source: "000", section: "§1.2, Tabel 1", quote: "ouders of voogd die belast zijn met het gezag" }],
  },
  {
    id: "weighing.consent.guardian",
    text: "Heeft een voogd het gezag, dan vraagt u de voogd als wettelijke vertegenwoordiger.",
    sources: [{ source: "000", section: "§1.2, Tabel 1", quote: "ouders of voogd die belast zijn met het gezag" }],
  },
  {
    id: "weighing.consent.how",
    text: "Maak bij het vragen duidelijk welke informatie u deelt, met wie en met welk doel. Mondeling is in principe genoeg, schriftelijk heeft de voorkeur. Noteer de datum van de toestemming en welke gegevens u aan wie verstrekt en waarom.",
    sources: [
      {
        source: "000",
        section: "§1.2, bij Tabel 1",
        quote: "Bij het vragen van toestemming moet voor de betrokkenen duidelijk zijn welke informatie gedeeld gaat worden, met wie en met welk doel.",
      },
      {
        source: "002",
        section: "Toestemming van de cliënt",
        quote: "Noteer in beide gevallen de datum waarop de toestemming verkregen is. Vermeld verder welke gegevens er precies verstrekt zullen worden, aan wie en waarom.",
      },
    ],
  },
  // Step 4: no consent — the necessity weighing.
  {
    id: "weighing.necessity.refused",
    text: "De ouder is om toestemming gevraagd en heeft die niet gegeven. Dan volgt de zorgvuldige afweging of delen toch noodzakelijk is; vermeld bij het delen dat er geen toestemming is.",
    sources: [
      { source: "001", section: "Geen toestemming ouder, 1", quote: "Ouder wordt gevraagd om toestemming en deze wordt NIET gegeven" },
      { source: "001", section: "Geen toestemming ouder, 1", quote: "Vermeld bij het verzoek dat er geen toestemming is verleend door de ouder." },
    ],
  },
  {
    id: "weighing.necessity.not-asked",
    text: "De ouder is niet om toestemming gevraagd vanwege ernstig gevaar. De ouder hoort in dit stadium niet van het contact; noteer in het dossier dat het nog niet met de ouder besproken is.",
    sources: [
      { source: "001", section: "Geen toestemming ouder, 2", quote: "De ouder wordt in dit stadium niet van het contact op de hoogte gesteld." },
      { source: "001", section: "Geen toestemming ouder, 2", quote: "vermeldt daarbij dat dit nog niet is besproken met ouder" },
    ],
  },
  {
    id: "weighing.necessity.five-questions",
    text: "Beantwoord de vijf vragen; dat leidt doorgaans tot een zorgvuldig besluit.",
    sources: [{ source: "002", section: "Geen toestemming van de cliënt", quote: "Beantwoording van de volgende vijf vragen leidt doorgaans tot een zorgvuldige" }],
  },
  {
    id: "weighing.necessity.q1",
    text: "Kan ik door te spreken zwaarwegende belangen van mijn cliënt behartigen?",
    sources: [{ source: "002", section: "Geen toestemming van de cliënt, vraag 1", quote: "Kan ik door te spreken zwaarwegende belangen van mijn cliënt behartigen?" }],
  },
  {
    id: "weighing.necessity.q2",
    text: "Is er een andere mogelijkheid om ditzelfde doel te bereiken zonder dat ik mijn beroepsgeheim hoef te verbreken?",
    sources: [{ source: "002", section: "Geen toestemming van de cliënt, vraag 2", quote: "Is er een andere mogelijkheid om ditzelfde doel te bereiken zonder dat ik mijn" }],
  },
  {
    id: "weighing.necessity.q3",
    text: "Waarom is het niet mogelijk om toestemming van de cliënt te vragen of te krijgen voor het bespreken van zijn situatie met iemand die hem kan helpen?",
    sources: [{ source: "002", section: "Geen toestemming van de cliënt, vraag 3", quote: "Waarom is het niet mogelijk om toestemming van de cliënt te vragen of te krijgen voor" }],
  },
  {
    id: "weighing.necessity.q4",
    text: "Zijn de belangen van de cliënt die ik wil dienen met mijn spreken zo zwaar dat deze naar mijn oordeel opwegen tegen de belangen die de cliënt heeft bij mijn zwijgen?",
    sources: [{ source: "002", section: "Geen toestemming van de cliënt, vraag 4", quote: "Zijn de belangen van de cliënt die ik wil dienen met mijn spreken zo zwaar dat deze naar" }],
  },
  {
    id: "weighing.necessity.q5",
    text: "Als ik besluit om te spreken, aan wie moet ik dan welke informatie verstrekken, zodat het geweld of de mishandeling effectief kan worden aangepakt?",
    sources: [{ source: "002", section: "Geen toestemming van de cliënt, vraag 5", quote: "Als ik besluit om te spreken aan wie moet ik dan, welke informatie verstrekken zodat het" }],
  },
  {
    id: "weighing.necessity.jansen",
    text: "Dezelfde vijf vragen in de woorden van Jansen (De Kleine Gids, 2015): welk zwaarwegend belang wil ik behartigen; kan dat zonder gegevens te verstrekken; is een gesprek en toestemming echt niet mogelijk; weegt de veiligheid op tegen het belang bij geheimhouding; welke informatie heeft de ander nodig om de situatie daadwerkelijk te verbeteren?",
    sources: [
      { source: "000", section: "§1.2", quote: "Welke zwaarwegend belang van de betrokkenen of een ander wil ik behartigen door" },
      { source: "000", section: "§1.2", quote: "Kan dit belang ook worden behartigd zonder dat ik gegevens verstrek?" },
      { source: "000", section: "§1.2", quote: "Is het echt niet mogelijk om in gesprek te gaan met betrokkenen en toestemming te" },
      { source: "000", section: "§1.2", quote: "Weegt de veiligheid of bescherming van de betrokkenen op tegen het belang dat de" },
      { source: "000", section: "§1.2", quote: "Als ik informatie deel, welke informatie heeft de andere beroepskracht dan nodig om de" },
    ],
  },
  {
    id: "weighing.necessity.leenen",
    text: "In de medische beroepsgroep gelden vaak de criteria van Leenen. Ze zijn cumulatief: aan alle zes moet voldaan zijn voordat u het beroepsgeheim doorbreekt.",
    sources: [{ source: "000", section: "§1.2", quote: "Binnen de medische beroepsgroep worden vaak de cumulatieve criteria van Leenen" }],
  },
  {
    id: "weighing.leenen.consent",
    text: "Toestemmingsvereiste: alles is in het werk gesteld om toestemming te krijgen.",
    sources: [{ source: "000", section: "§1.2, Leenen 1", quote: "Toestemmingsvereiste: alles is in het werk gesteld om toestemming van de patiënt tot" }],
  },
  {
    id: "weighing.leenen.harm",
    text: "Schadevereiste: niet doorbreken levert naar alle waarschijnlijkheid ernstige schade op.",
    sources: [{ source: "000", section: "§1.2, Leenen 2", quote: "Schadevereiste: het niet doorbreken levert naar alle waarschijnlijkheid ernstige schade" }],
  },
  {
    id: "weighing.leenen.conflict",
    text: "Conflict van plichten: het handhaven van de zwijgplicht brengt u in gewetensnood.",
    sources: [{ source: "000", section: "§1.2, Leenen 3", quote: "Conflict van plichten: de zwijgplichtige verkeert in gewetensnood door het handhaven" }],
  },
  {
    id: "weighing.leenen.subsidiarity",
    text: "Subsidiariteit: er is geen andere weg dan het beroepsgeheim doorbreken om het probleem op te lossen.",
    sources: [{ source: "000", section: "§1.2, Leenen 4", quote: "Subsidiariteit: er is geen andere weg dan doorbreken van het beroepsgeheim om het" }],
  },
  {
    id: "weighing.leenen.effectiveness",
    text: "Doelmatigheid: het is vrijwel zeker dat het doorbreken de schade kan voorkomen.",
    sources: [{ source: "000", section: "§1.2, Leenen 5", quote: "Doelmatigheid: het moet vrijwel zeker zijn dat door de geheimdoorbreking de schade" }],
  },
  {
    id: "weighing.leenen.proportionality",
    text: "Proportionaliteit: het geheim wordt zo min mogelijk geschonden.",
    sources: [{ source: "000", section: "§1.2, Leenen 6", quote: "Proportionaliteit: het geheim wordt zo min mogelijk geschonden" }],
  },
  {
    id: "weighing.leenen.not-all-met",
    text: "Niet aan alle zes criteria is voldaan. Omdat de criteria cumulatief zijn, rechtvaardigen ze het doorbreken van het beroepsgeheim dan niet: overleg eerst en deel niets of alleen wat met toestemming kan.",
    sources: [{ source: "000", section: "§1.2", quote: "Binnen de medische beroepsgroep worden vaak de cumulatieve criteria van Leenen" }],
  },
  // The decision.
  {
    id: "weighing.decision.options",
    text: "Beslis: informatie verstrekken, deels verstrekken of niet. Leg de stappen en uw overwegingen vast in het dossier.",
    sources: [
      { source: "000", section: "§5.3, stappen van de meldcode", quote: "Beslissen: Informatie verstrekken, deels verstrekken of niet?" },
      { source: "000", section: "§5.3, stappen van de meldcode", quote: "Leg deze stappen met overwegingen vast in het dossier." },
    ],
  },
  {
    id: "weighing.decision.all",
    text: "U verstrekt de informatie. Geef alleen wat de ander nodig heeft om het geweld of de mishandeling aan te pakken, en bij voorkeur feiten die u zelf heeft waargenomen.",
    sources: [
      { source: "002", section: "Geen toestemming van de cliënt, vraag 5", quote: "welke informatie verstrekken zodat het" },
      { source: "001", section: "Tot een zorgvuldige informatieverstrekking", quote: "bij voorkeur feiten, gedragingen en symptomen beschrijft die hij zelf heeft" },
    ],
  },
  {
    id: "weighing.decision.part",
    text: "U verstrekt een deel van de informatie: zo weinig als nodig, zodat het geheim zo min mogelijk geschonden wordt.",
    sources: [{ source: "000", section: "§1.2, Leenen 6", quote: "Proportionaliteit: het geheim wordt zo min mogelijk geschonden" }],
  },
  {
    id: "weighing.decision.nothing",
    text: "U verstrekt geen informatie. Check binnen uw eigen organisatie of dat nee terecht is.",
    sources: [
      { source: "001", section: "Geen toestemming ouder, Vervolg c", quote: "kan de zorgverlener na intern overleg besluiten de gevraagde informatie niet te verstrekken." },
      { source: "001", section: "Leidende principes", quote: "Als je op een vraag antwoordt met nee of ontkenning, check dan binnen je eigen organisatie of dit een terechte nee of ontkenning is." },
    ],
  },
  // Step 5: never alone.
  {
    id: "weighing.consult.never-alone",
    text: "Doe het nooit alleen: bespreek uw twijfel met een collega, uw leidinggevende, de aandachtsfunctionaris kindermishandeling of (anoniem) met Veilig Thuis.",
    sources: [
      { source: "000", section: "§1.2", quote: "Regel één: doe het nooit alleen!" },
      {
        source: "000",
        section: "§1.2",
        quote: "in samenspraak met een collega, leidinggevende, aandachtfunctionaris kindermishandeling of anoniem met Veilig Thuis",
      },
    ],
  },
  {
    id: "weighing.consult.anonymous-advice",
    text: "Voor een adviesgesprek bij Veilig Thuis hoeft u de naam van het kind en het gezin niet te noemen.",
    sources: [{ source: "002", section: "Wie doet wat? — Advies", quote: "Voor een adviesgesprek hoeft u de naam van het kind en van het gezin niet te noemen." }],
  },
  {
    id: "weighing.consult.internal",
    text: "Bij twijfel kunt u ook afstemmen met een directeur zorg, de geneesheer-directeur of een juridisch adviseur van uw organisatie.",
    sources: [
      { source: "001", section: "Geen toestemming ouder, Vervolg", quote: "Bij twijfel kan de zorgverlener afstemmen met een directeur zorg, de geneesheer-directeur of juridisch adviseur." },
    ],
  },
  // Step 6: the record.
  {
    id: "weighing.record.why",
    text: "U moet het verstrekken van gegevens goed kunnen motiveren, ook achteraf. Leg daarom alle stappen vast in het dossier van uw cliënt.",
    sources: [
      { source: "002", section: "Vastleggen van uw afweging", quote: "Het verstrekken van cliëntgegevens aan derden moet u goed kunnen motiveren, ook achteraf." },
    ],
  },
  {
    id: "weighing.record.no-consent",
    text: "Heeft u geen toestemming, noteer dan de pogingen om die te krijgen, beantwoord de vijf vragen en voeg uw afweging toe aan het dossier.",
    sources: [
      {
        source: "002",
        section: "Vastleggen van uw afweging",
        quote: "Heeft u geen toestemming, noteer dan wel de pogingen die u heeft ondernomen om deze te verkrijgen.",
      },
    ],
  },
] as const satisfies readonly LegalStatement[];

export type WeighingStatementId = (typeof WEIGHING_STATEMENTS)[number]["id"];

const byId = new Map<string, LegalStatement>(WEIGHING_STATEMENTS.map((s) => [s.id, s]));

/** One weighing statement by id (ids are checked at compile time). */
export function weighingStatement(id: WeighingStatementId): LegalStatement {
  const statement = byId.get(id);
  if (!statement) throw new Error(`Unknown weighing statement ${id}`);
  return statement;
}
