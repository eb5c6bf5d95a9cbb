/**
 * Texts of the shared Veilig Thuis charts (apps/web/src/components/vt-charts, ADR 0013): the key
 * `charts` of dashboardCijfersNl. Kept in its own file so the chart work and the dashboard page
 * can change their texts without touching each other's lines.
 */
export const dashboardCijfersChartsNl = {
  unknown: "onbekend",
  unknownShort: "?",
  provisional: "voorlopig",
  final: "definitief",
  period: "Periode",
  status: "Status",
  legend: "Legenda",
  tableCaption: "{title}: de cijfers in een tabel",
  csvLink: "Download deze cijfers (CSV)",
  csvHint: "Bestand voor Excel: puntkomma als scheidingsteken.",
  noData: "Er zijn geen cijfers voor deze selectie.",
  seriesBreak: {
    tableMarker: "(na breuk in de reeks)",
    label: "breuk",
    legend: "Breuk in de reeks: AMK tot en met 2014, Veilig Thuis vanaf 2015",
    sourcePrefix: "Bron:",
  },
  formsOfAbuse: {
    mapping:
      "De vijf vormen uit de bronnen en de categorieën van het CBS in deze cijfers: lichamelijke mishandeling → ‘{LICHAMELIJKE_MISHANDELING}’; emotionele of geestelijke mishandeling → ‘{PSYCHISCHE_MISHANDELING}’; lichamelijke verwaarlozing → ‘{LICHAMELIJKE_VERWAARLOZING}’; emotionele of geestelijke verwaarlozing → ‘{PSYCHISCHE_VERWAARLOZING}’; seksueel misbruik → ‘{SEKSUEEL_MISBRUIK}’. Het CBS telt ‘{GETUIGE_HUISELIJK_GEWELD}’ als aparte categorie; in de bronnen valt een kind dat getuige is van geweld tussen ouders onder emotionele of geestelijke verwaarlozing. Tel die twee niet bij elkaar op.",
  },
  indicator: {
    valueColumn: "Percentage",
    pathColumn: "Streeflijn",
    verdictColumn: "Koers",
    legendLine: "Percentage per periode (punt en doorgetrokken lijn)",
    legendProvisional: "Voorlopig cijfer (open punt, gestippelde lijn)",
    legendTarget: "Streeflijn: van de nulmeting naar het doel (grijs gestreept)",
    legendThreshold: "Doelgrens {threshold} (zwart streep-punt)",
    legendDeadline: "Einddatum van het doel (verticale stippellijn)",
    legendUnknown: "Geen cijfer: de lijn is onderbroken, onder de as staat “onbekend” of “?”",
    axisBreak: "Let op: de verticale as begint bij {min}, niet bij 0%, zodat kleine veranderingen zichtbaar zijn.",
    baselineLabel: "nulmeting {value}",
    thresholdLabel: "doel {threshold}",
    deadlineLabel: "einde doel",
    summary: "{first} in {firstLabel}, {last} in {lastLabel}.",
    summaryOne: "{first} in {firstLabel}; de andere perioden hebben geen cijfer.",
    summaryTarget: "Doel: {direction} {threshold} op {deadline}.",
    summaryNoValues: "Er is voor geen enkele periode een percentage.",
    directionBelow: "onder",
    directionAbove: "boven",
    verdictNotApplicable: "n.v.t.",
  },
  count: {
    legendProvisional: "Voorlopig cijfer (gearceerde staaf met stippelrand)",
    legendUnknown: "Geen staaf: geen cijfer of afgeschermd; de reden staat bij de periode en in de tabel",
    summary: "{series}: {first} in {firstLabel}, {last} in {lastLabel}.",
    summaryOne: "{series}: {first} in {firstLabel}; de andere perioden hebben geen cijfer.",
    summaryNoValues: "{series}: geen cijfers.",
  },
  ranking: {
    rankColumn: "Rang",
    summary: "Hoogste: {top} ({value}). Laagste: {bottom} ({bottomValue}).",
    summaryOne: "{top}: {value}.",
    summaryNoValues: "Er zijn geen cijfers om te rangschikken.",
    unranked: "{count} zonder cijfer, onderaan vermeld.",
  },
};
