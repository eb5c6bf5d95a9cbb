import { appRoleProblems, roleAttributesOf } from "@kk/db/migrations";

/*
 * The portal connects as the application role, which row-level security applies to (issue 18,
 * docs/adr/0024, docs/operations.md "Database roles"); migrations and the demo seed run as the
 * owner (`ownerUrlOf`, `prepareAppConnection` in @kk/db/dev-database).
 */

/**
 * `npm start` refuses to serve when the portal's role escapes row-level security (a superuser or
 * BYPASSRLS): the isolation between municipalities would rest on the application alone.
 * `npm run dev` only warns.
 */
export async function appRoleCheck(mode: "dev" | "start", appUrl: string): Promise<{ refuse: boolean; problems: string[] }> {
  const problems = appRoleProblems(await roleAttributesOf(appUrl));
  return { refuse: mode === "start" && problems.length > 0, problems };
}
