import type { Metadata } from "next";
import { AreaPlaceholder } from "@/components/areas/area-placeholder";
import { messages } from "@/messages";

export const metadata: Metadata = { title: messages.areas.dashboard.title };

export default function DashboardPage() {
  return <AreaPlaceholder area="dashboard" />;
}
