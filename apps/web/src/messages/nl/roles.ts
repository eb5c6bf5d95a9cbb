export const rolesNl = {
  BEHEERDER: "Beheerder",
  COORDINATOR: "Aandachtsfunctionaris (coördinator)",
  PARTNER: "Partnerorganisatie",
  PROFESSIONAL: "Professional",
  RAAD: "Gemeenteraad",
  REGIO_COORDINATOR: "Regionaal coördinator",
};
