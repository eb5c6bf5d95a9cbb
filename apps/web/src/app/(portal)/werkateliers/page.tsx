import type { Metadata } from "next";
import { AreaPlaceholder } from "@/components/areas/area-placeholder";
import { messages } from "@/messages";

export const metadata: Metadata = { title: messages.areas.werkateliers.title };

export default function WerkateliersPage() {
  return <AreaPlaceholder area="werkateliers" />;
}
