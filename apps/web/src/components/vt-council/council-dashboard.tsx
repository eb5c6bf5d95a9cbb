import { AgreementFigures } from "@/components/agreement-coverage/agreement-figures";
import { serverApi } from "@/lib/trpc/server";

/**
 * The council's dashboard (RAAD, and the coordinator's preview): aggregates after suppression,
 * plan van aanpak progress, agreement figures. Rendered below the page heading by /dashboard for
 * the council and by /dashboard/raad for the coordinator. (Issue 6: the Veilig Thuis part follows.)
 */
export async function CouncilDashboard() {
  const figures = await (await serverApi()).agreementCoverage.figures();
  return <AgreementFigures figures={figures} />;
}
