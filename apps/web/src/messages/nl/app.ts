export const appNl = {
  name: "Ketenportaal Kindveiligheid",
  titleTemplate: "%s | Ketenportaal Kindveiligheid",
  description: "Het portaal voor de samenwerking rond kindveiligheid in de gemeente.",
  demoBadge: "Demo-omgeving",
  demoNotice: "Dit is een demo-omgeving met fictieve gegevens.",
  skipLink: "Naar de inhoud",
  footer: "Ketenportaal Kindveiligheid — een voorziening van de gemeente.",
};
