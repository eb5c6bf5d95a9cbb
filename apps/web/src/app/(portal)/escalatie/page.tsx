import type { Metadata } from "next";
import { AreaPlaceholder } from "@/components/areas/area-placeholder";
import { messages } from "@/messages";

export const metadata: Metadata = { title: messages.areas.escalatie.title };

export default function EscalatiePage() {
  return <AreaPlaceholder area="escalatie" />;
}
