export const signInNl = {
  title: "Inloggen",
  intro: "Log in met het e-mailadres en wachtwoord van uw account.",
  /** For a resident who landed here (issue 15): the public page needs no account. */
  residents: "Geen professional, maar maakt u zich zorgen over een kind?",
  residentsLink: "Naar de hulp voor inwoners",
  email: "E-mailadres",
  password: "Wachtwoord",
  submit: "Inloggen",
  submitting: "Bezig met inloggen…",
  oidc: "Inloggen met {name}",
  or: "of",
  failed: "E-mailadres of wachtwoord is onjuist, of u heeft te vaak geprobeerd. Probeer het opnieuw.",
  accessDenied: "U heeft geen toegang tot het portaal met dit account. Neem contact op met de beheerder.",
  emailRequired: "Vul uw e-mailadres in",
  passwordRequired: "Vul uw wachtwoord in",
  signedOut: "U bent uitgelogd.",
};
