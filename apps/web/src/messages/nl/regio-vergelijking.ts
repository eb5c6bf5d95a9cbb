/** The council comparison with the other municipalities of the region, and the municipality choice of the region roles (issue 18). */
export const regioVergelijkingNl = {
  title: "Vergelijking met de regio",
  link: "Vergelijken met andere gemeenten in de regio",
  back: "Terug naar het dashboard",
  intro:
    "{own} naast de andere gemeenten van {region} en het regiototaal, per jaar: aantallen en per 1.000 kinderen van 0 tot en met 17 jaar. Dezelfde afscherming geldt voor de hele vergelijking: kleine aantallen (ook bij andere gemeenten) staan er als “< 10”, en een regiototaal waaruit zo’n aantal terug te rekenen is, is afgeschermd.",
  reading:
    "Meer meldingen en adviezen per 1.000 kinderen zijn niet per se slecht nieuws: het kan betekenen dat er in die gemeente eerder gemeld wordt. Bevestigde kindermishandeling per 1.000 kinderen is de uitkomst die omlaag moet.",
  caption: "Vergelijking {year}: aantallen en per 1.000 kinderen",
  municipality: "Gemeente",
  children: "Kinderen 0–17",
  count: "{measure} (aantal)",
  rate: "{measure} per 1.000 kinderen",
  own: "(uw gemeente)",
  unknown: "onbekend",
  unavailable: "Er is geen vergelijking te tonen.",
  choose: {
    label: "Gemeente",
    hint: "U werkt voor de hele regio: kies de gemeente die u wilt bekijken.",
    submit: "Toon gemeente",
  },
};
