import type { LegalStatement } from "./sources.ts";

/*
 * Legal and source statements shown outside "Mag ik delen?" (issue 13, part D, item 5): the Model
 * samenwerkingsafspraken's clauses 1b, 5 and 6 in the agreement checklist, the werkatelier
 * knelpunt "niet in het belang van dit kind", the break in the Veilig Thuis series and the five
 * forms of abuse. Each text keeps the source's own words; every quote is checked against the seed
 * file (catalogue.test.ts).
 */

export const OTHER_STATEMENT_IDS = {
  clause1b: "agreement.clause-1b",
  clause5: "agreement.clause-5",
  clause6: "agreement.clause-6",
  knelpuntNotInChildsInterest: "werkatelier.knelpunt-niet-in-belang-kind",
  seriesBreak2015: "figures.series-break-2015",
  formsOfAbuse: "figures.forms-of-abuse",
} as const;

export const OTHER_STATEMENTS: readonly LegalStatement[] = [
  {
    id: OTHER_STATEMENT_IDS.clause1b,
    text: "Als u het initiatief hebt genomen voor het overleg over uw cliënt, vertel uw gesprekspartner dan meteen bij het begin van dit contact of uw cliënt van dit overleg weet en of hij daarvoor al dan niet toestemming heeft gegeven. Heeft hij geen toestemming gegeven, leg uw gesprekspartner dan uit waarom u toch meent dat de informatie-uitwisseling noodzakelijk is.",
    sources: [
      {
        source: "003",
        section: "1b. Duidelijkheid over de positie van de cliënt als u overleg voert",
        quote: "vertel uw gesprekspartner dan meteen bij het begin van dit contact of uw cliënt van dit overleg weet en of hij daarvoor al dan niet toestemming heeft gegeven",
      },
      {
        source: "001",
        section: "Hoe kan informatie worden opgevraagd? (afspraak 3)",
        quote: "Geef bij het verzoek aan of er toestemming is gevraagd en verkregen van ouder en/of jongere ouder dan 12 jaar.",
      },
    ],
  },
  {
    id: OTHER_STATEMENT_IDS.clause5,
    text: "Dien de aanvraag altijd schriftelijk in (per mail indien beveiligd), nadat er eerst telefonisch contact is geweest. Vermeld bij de aanvraag altijd de ernst en reden van het informatieverzoek. Geef bij het verzoek aan of er toestemming is gevraagd en verkregen; is toestemming verleend, voeg dan de schriftelijke toestemmingsverklaring bij (toolKID, 001). Geef in het eerste contact met de informant aan: waarom de informatie nodig is en om welk type informatie het gaat; stel de informant gerichte vragen over feiten (Model, 003, artikel 5).",
    sources: [
      {
        source: "001",
        section: "Hoe kan informatie worden opgevraagd? (afspraken 1 tot en met 3)",
        quote: "Dien de aanvraag altijd schriftelijk in (per mail indien beveiligd), nadat er eerst telefonisch contact is geweest.",
      },
      {
        source: "001",
        section: "Hoe kan informatie worden opgevraagd? (afspraak 3)",
        quote: "Is toestemming verleend, voeg dan de schriftelijke toestemmingsverklaring bij.",
      },
      {
        source: "001",
        section: "Hoe kan informatie worden opgevraagd? (afspraak 2)",
        quote: "Vermeld bij de aanvraag altijd de ernst en reden van het informatieverzoek",
      },
      {
        source: "003",
        section: "5. Opvragen van informatie door AMK, Bureau Jeugdzorg en Raad (punt 1)",
        quote: "Geef in het eerste contact met de informant aan: waarom de informatie nodig is en om welk type informatie het gaat",
      },
      {
        source: "003",
        section: "5. Opvragen van informatie door AMK, Bureau Jeugdzorg en Raad (punt 4)",
        quote: "stel de informant gerichte vragen over feiten",
      },
    ],
  },
  {
    id: OTHER_STATEMENT_IDS.clause6,
    text: "Verstrek bij voorkeur feiten, gedragingen en symptomen die u zelf hebt waargenomen en vermeld de bron als u het noodzakelijk vindt om ook feiten, gedragingen en symptomen te verstrekken die door anderen zijn waargenomen. Wees volledig in uw feitenrelaas: noem zowel feiten die het vermoeden van kindermishandeling bevestigen als feiten die dit ontkrachten. Geef gericht antwoord op feitelijke vragen. Laat het oordeel over de geschiktheid van uw cliënt om als ouder een kind op te voeden en/of over de noodzaak van (verlenging van) een kinderbeschermingsmaatregel over aan het AMK [nu Veilig Thuis], Bureau Jeugdzorg [nu de Gecertificeerde Instelling] of de Raad (Model, 003, artikel 6). De hulpverlener verstrekt altijd feitelijke informatie, geen eigen interpretaties, zo spoedig mogelijk, redelijkerwijs binnen vijf werkdagen (toolKID, 001).",
    sources: [
      {
        source: "003",
        section: "6. Het verstrekken van informatie door de zorgverlener (punt 1)",
        quote: "Verstrek bij voorkeur feiten, gedragingen en symptomen die u zelf hebt waargenomen",
      },
      {
        source: "003",
        section: "6. Het verstrekken van informatie door de zorgverlener (punt 2)",
        quote: "Wees volledig in uw feitenrelaas, dit wil zeggen dat u zowel feiten noemt die het vermoeden van kindermishandeling bevestigen als feiten die dit ontkrachten",
      },
      {
        source: "003",
        section: "6. Het verstrekken van informatie door de zorgverlener (punt 3)",
        quote: "Geef gericht antwoord op feitelijke vragen",
      },
      {
        source: "003",
        section: "6. Het verstrekken van informatie door de zorgverlener (punt 4)",
        quote: "Laat het oordeel over de geschiktheid van uw cliënt om als ouder een kind op te voeden en/of over de noodzaak van (verlenging van) een kinderbeschermingsmaatregel over aan het AMK, Bureau Jeugdzorg of de Raad.",
      },
      {
        source: "001",
        section: "Algemene handelingsrichtlijnen na een informatieverzoek (1 en 2)",
        quote: "De hulpverlener verstrekt altijd feitelijke informatie, geen eigen interpretaties",
      },
      {
        source: "001",
        section: "Algemene handelingsrichtlijnen na een informatieverzoek (2)",
        quote: "redelijkerwijs binnen vijf werkdagen",
      },
    ],
  },
  {
    id: OTHER_STATEMENT_IDS.knelpuntNotInChildsInterest,
    text: "De zorgprofessional vindt het delen van informatie niet in het belang van dit kind: het kind wordt volgens hem het best geholpen door het gezin zelf, het netwerk en hulp in een vrijwillig kader, en een melding of justitiële interventie kan de hulpverleningsrelatie belasten of verbreken. Aanbevolen: transparantie naar andere professionals; voer in iedere casus het gesprek over het belang en het risico van informatie-uitwisseling voor dit kind; verdere implementatie van meldcode en kindcheck.",
    sources: [
      {
        source: "000",
        section: "§3.2 Knelpunten, punt 1",
        quote: "De zorgprofessional vindt dat in de casus het kind het best wordt geholpen door acties van het gezin zelf, het sociale netwerk en hulp of behandeling in een vrijwillig kader.",
      },
      {
        source: "000",
        section: "Bijlage: schematische weergave van de knelpunten en aanbevelingen",
        quote: "Voer in iedere casus het gesprek over het belang en het risico van informatie uitwisseling voor dit kind",
      },
    ],
  },
  {
    id: OTHER_STATEMENT_IDS.seriesBreak2015,
    text: "Breuk in de reeks: tot en met 2014 komen de cijfers uit de registratie van de AMK's, vanaf 2015 van Veilig Thuis. Over 2015 zijn geen betrouwbare cijfers: vergelijk jaren vóór en na 2015 niet zonder dit voorbehoud.",
    sources: [
      {
        source: "004",
        section: "Inleiding, voetnoot 1",
        quote: "Het CBS heeft de gegevens van alle AMK’s verzameld en opgeschoond voor de periode 2011 tot en met 2014.",
      },
      {
        source: "004",
        section: "Inleiding, voetnoot 1",
        quote: "Vanwege de overgang van de AMK’s naar de Veilig Thuis organisaties per 1-1-2015, zijn er helaas over het jaar 2015 geen gegevens beschikbaar.",
      },
      {
        source: "004",
        section: "Inleiding, voetnoot 1",
        quote: "Het CBS heeft beoordeeld dat de gegevens van 2015 over kindermishandeling nog niet voldoende betrouwbaar zijn.",
      },
    ],
  },
  {
    id: OTHER_STATEMENT_IDS.formsOfAbuse,
    text: "De bronnen onderscheiden vijf vormen van kindermishandeling: lichamelijke mishandeling, emotionele of geestelijke mishandeling, lichamelijke verwaarlozing, emotionele of geestelijke verwaarlozing (waaronder een kind dat getuige is van geweld tussen ouders) en seksueel misbruik.",
    sources: [
      {
        source: "000",
        section: "§1.2 Achtergrond",
        quote: "Er wordt onderscheid gemaakt tussen de volgende vijf vormen van kindermishandeling",
      },
      {
        source: "000",
        section: "§1.2 Achtergrond",
        quote: "Hieronder valt ook de situatie waarbij een kind getuige is van geweld tussen ouders of verzorgers.",
      },
      {
        source: "004",
        section: "Inleiding, \u2018Wat is kindermishandeling?\u2019",
        quote: "Dat is bijvoorbeeld zo wanneer een kind getuige is van geweld tussen ouders.",
      },
    ],
  },
];
