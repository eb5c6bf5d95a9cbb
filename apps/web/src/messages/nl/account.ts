export const accountNl = {
  label: "Uw account",
  signedInAs: "Ingelogd als {name}",
  municipality: "Gemeente {name}",
  signOut: "Uitloggen",
};
