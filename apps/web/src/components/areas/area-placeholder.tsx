import type { Action } from "@kk/auth/policy";
import { can } from "@kk/auth/policy";
import { forbidden } from "next/navigation";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/session";
import * as messages from "@/messages/catalogue";

type AreaKey = "convenanten" | "escalatie" | "werkateliers" | "dashboard";

/** An honest page for an area that a later issue fills in. */
export async function AreaPlaceholder({ area }: { area: AreaKey }) {
  const user = await requireUser();
  if (!can(user, `area.${area}` as Action)) forbidden();
  const text = messages.areas[area];
  return (
    <>
      <PageHeader title={text.title} />
      <Notice>{messages.areas.comingSoon}</Notice>
      <p className="max-w-3xl text-lg">{text.body}</p>
    </>
  );
}
