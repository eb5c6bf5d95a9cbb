import { can } from "@kk/auth/policy";
import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import { messages } from "@/messages";

const title = messages.nav.items["beheer-cijfers"];

export const metadata: Metadata = { title };

/** Managing the Veilig Thuis figures (issue 6): import, hand entry, versions, children per area. */
export default async function FiguresAdminPage() {
  const user = await requireUser();
  if (!can(user, "figures.manage")) forbidden();
  return <PageHeader title={title} intro={messages.home.cards["beheer-cijfers"]} />;
}
