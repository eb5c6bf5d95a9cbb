import * as messages from "@/messages/catalogue";

const labels: Record<string, string> = messages.socialeKaart.sectors;

/** The Dutch sector name; the API returns sectors as plain strings in its figures and gap rows. */
export function sectorLabel(sector: string): string {
  return labels[sector] ?? sector;
}
