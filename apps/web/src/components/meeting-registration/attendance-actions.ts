"use server";

import { TRPCError } from "@trpc/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { serverApi } from "@/lib/trpc/server";
import { ATTENDANCE_FIELD_PREFIX } from "./attendance-fields";


/**
 * The attendance list's submit, as a server action so the form also works without JavaScript
 * (a coordinator at the door on a borrowed laptop). The rules are in markAttendance
 * (packages/api/src/meeting-registration); the result comes back in the URL.
 */
export async function saveAttendanceAction(formData: FormData): Promise<void> {
  const meetingId = String(formData.get("meetingId") ?? "");
  const marks: { registrationId: string; status: "AANWEZIG" | "AFWEZIG" }[] = [];
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith(ATTENDANCE_FIELD_PREFIX)) continue;
    if (value === "AANWEZIG" || value === "AFWEZIG") marks.push({ registrationId: name.slice(ATTENDANCE_FIELD_PREFIX.length), status: value });
  }
  const page = `/werkateliers/${encodeURIComponent(meetingId)}/deelnemers`;
  if (marks.length === 0) redirect(`${page}?fout=leeg`);
  let changed = 0;
  try {
    changed = (await (await serverApi()).meetingRegistration.markAttendance({ meetingId, marks })).changed;
  } catch (error) {
    if (error instanceof TRPCError) redirect(`${page}?fout=${error.code === "FORBIDDEN" || error.code === "UNAUTHORIZED" ? "toegang" : "opslaan"}`);
    throw error;
  }
  revalidatePath(page);
  redirect(`${page}?opgeslagen=${changed}`);
}
