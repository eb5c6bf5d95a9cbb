/** Plan van aanpak: activities, budget and spend per theme. */
export const planVanAanpakNl = {};
