import { format } from "@/messages";
import * as messages from "@/messages/catalogue";

const t = messages.regioGedeeld.workingArea;

/**
 * A working area or scope in words (issue 18): "Hele regio (Veilig Thuis Zuid-Holland Zuid)" or
 * the municipalities' names, "Dordrecht, Zwijndrecht".
 */
export function workingAreaText(regionWide: boolean, municipalityNames: readonly string[], regionName: string | null = null): string {
  if (regionWide || municipalityNames.length === 0) return regionName ? format(t.wholeRegionNamed, { region: regionName }) : t.wholeRegion;
  return municipalityNames.join(", ");
}
