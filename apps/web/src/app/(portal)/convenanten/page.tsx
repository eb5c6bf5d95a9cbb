import type { Metadata } from "next";
import { AreaPlaceholder } from "@/components/areas/area-placeholder";
import { messages } from "@/messages";

export const metadata: Metadata = { title: messages.areas.convenanten.title };

export default function ConvenantenPage() {
  return <AreaPlaceholder area="convenanten" />;
}
