/** Password change and reset (issue 14, part L; docs/adr/0019-password-change-and-reset.md). */
export const wachtwoordNl = {
  accountLink: "Wachtwoord wijzigen",
  field: {
    show: "Toon wachtwoord",
    hide: "Verberg wachtwoord",
    shown: "Het wachtwoord is zichtbaar.",
    hidden: "Het wachtwoord is verborgen.",
  },
  newPasswordHint:
    "Minstens 12 tekens. Een zin van een paar woorden is sterk en goed te onthouden. Gebruik geen wachtwoord dat u ergens anders gebruikt.",
  change: {
    title: "Wachtwoord wijzigen",
    intro: "Na het wijzigen wordt u op al uw apparaten uitgelogd. U logt daarna opnieuw in met uw nieuwe wachtwoord.",
    currentPassword: "Huidig wachtwoord",
    newPassword: "Nieuw wachtwoord",
    submit: "Wachtwoord wijzigen",
    submitting: "Bezig met wijzigen…",
    managedTitle: "Uw wachtwoord beheert u bij uw organisatie",
    managedBody:
      "U logt in via de inlogdienst van uw eigen organisatie. Uw wachtwoord wijzigt u daar, niet in het portaal. Vraag zo nodig de ICT-afdeling van uw organisatie.",
    back: "Terug naar de startpagina",
    throttled: "U heeft te vaak een verkeerd wachtwoord ingevuld. Wacht een minuut en probeer het opnieuw.",
  },
  forgot: {
    title: "Wachtwoord vergeten",
    intro: "Vul het e-mailadres van uw account in. U krijgt dan een e-mail met een link om een nieuw wachtwoord te kiezen.",
    email: "E-mailadres",
    emailHint: "Het adres waarmee u inlogt, bijvoorbeeld naam@organisatie.nl.",
    submit: "Stuur mij een link",
    submitting: "Bezig met versturen…",
    sentTitle: "Kijk in uw mailbox",
    sentBody:
      "Als er een account met dit e-mailadres is, ontvangt u binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt 30 minuten en één keer.",
    sentHint: "Geen e-mail gekregen? Kijk ook in uw map met ongewenste e-mail, of vraag de beheerder van het portaal om hulp.",
    oidcHint: "Logt u in via uw eigen organisatie? Dan beheert u uw wachtwoord daar.",
    backToSignIn: "Terug naar inloggen",
  },
  reset: {
    title: "Nieuw wachtwoord kiezen",
    intro: "Kies een nieuw wachtwoord voor uw account. Daarna logt u in met het nieuwe wachtwoord.",
    newPassword: "Nieuw wachtwoord",
    submit: "Wachtwoord opslaan",
    submitting: "Bezig met opslaan…",
    requestNew: "Vraag een nieuwe link aan",
    problems: {
      unknown: {
        title: "Deze link werkt niet",
        body: "De link is niet (meer) geldig. Misschien is hij niet helemaal gekopieerd. Vraag een nieuwe link aan.",
      },
      expired: {
        title: "Deze link is verlopen",
        body: "Een link om een nieuw wachtwoord te kiezen werkt 30 minuten. Vraag een nieuwe link aan.",
      },
      used: {
        title: "Deze link is al gebruikt",
        body: "Een link werkt één keer, en alleen de nieuwste link die u kreeg. Vraag een nieuwe link aan als u opnieuw een wachtwoord wilt kiezen.",
      },
    },
  },
  signInNotice: {
    changed: "Uw wachtwoord is gewijzigd. Log opnieuw in met uw nieuwe wachtwoord.",
    reset: "Uw nieuwe wachtwoord is opgeslagen. Log in met uw nieuwe wachtwoord.",
  },
  forgotLink: "Wachtwoord vergeten?",
};
