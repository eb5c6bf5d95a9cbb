import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ACTIONS, can } from "@kk/auth/policy";
import { ROLES, type SessionUser } from "@kk/auth/roles";
import type { Db, Role } from "@kk/db";
import { createTestDatabase } from "@kk/db/testing";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ROUTE_RULES, type RouteRule } from "./route-rules";

/**
 * The authorisation test for the web app's other doors (the tRPC procedures have
 * packages/api/src/authorisation.test.ts): every route handler and server action file has a rule
 * in app/route-rules.ts, every "policy" entry is called as every role and signed out and refuses
 * exactly whom `can()` refuses, and "token"/"public" entries answer without reading the session.
 * The real handlers run on a test database; only the session lookup (next-auth's cookie) and
 * getDb()/getScopedDb() are replaced.
 */
const fake = vi.hoisted(() => ({ user: null as SessionUser | null, db: null as unknown, sessionReads: 0 }));

// getScopedDb: the client of the user's municipality scope (serverApi(), docs/adr/0024); here the owner's.
vi.mock("@kk/db", async (importOriginal) => ({ ...(await importOriginal<typeof import("@kk/db")>()), getDb: () => fake.db, getScopedDb: () => fake.db }));
vi.mock("@kk/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@kk/auth")>()),
  getSessionState: async () => {
    fake.sessionReads += 1;
    return fake.user ? { user: fake.user, sessionId: "route-rules-test" } : { user: null, ended: "missing", hadCookie: false };
  },
}));

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Every `route.ts` under app/ and every file under src/ that starts with "use server". */
function findDoors(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(full);
        continue;
      }
      if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
      const relative = path.relative(root, full).split(path.sep).join("/");
      const isRoute = relative.startsWith("app/") && entry.name === "route.ts";
      const isServerAction = /^\s*["']use server["']/.test(readFileSync(full, "utf8"));
      if (isRoute || isServerAction) found.push(relative);
    }
  };
  walk(root);
  return found.sort();
}

type Outcome = "allowed" | "refused";
type Invoke = () => Promise<Outcome>;

const BASE = "http://portal.test";
const get = (url: string) => new Request(`${BASE}${url}`);
const params = <P>(value: P) => ({ params: Promise.resolve(value) });

function responseOutcome(response: Response): Outcome {
  if (response.status === 401 || response.status === 403) return "refused";
  if (response.status === 303 && response.headers.get("Location")?.startsWith("/inloggen")) return "refused";
  if (response.status >= 500) throw new Error(`unexpected ${response.status}`);
  return "allowed";
}

/** Next's redirect() throws an error whose digest holds the target. */
function redirectTarget(error: unknown): string {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) throw error;
  return digest.split(";")[2] ?? "";
}

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** How to call each "policy" door with harmless input: allowed callers get past the gate (200, 400 or 404), refused ones do not. */
const POLICY_CALLS: Record<string, Invoke> = {
  "app/(portal)/beheer/cijfers/sjabloon/[format]/route.ts": async () => {
    const { GET } = await import("./(portal)/beheer/cijfers/sjabloon/[format]/route");
    return responseOutcome(await GET(get("/beheer/cijfers/sjabloon/csv"), params({ format: "csv" })));
  },
  "app/(portal)/convenanten/[id]/documenten/[documentId]/route.ts": async () => {
    const { GET } = await import("./(portal)/convenanten/[id]/documenten/[documentId]/route");
    return responseOutcome(await GET(get("/convenanten/x/documenten/y"), params({ id: "x", documentId: "y" })));
  },
  "app/(portal)/dashboard/export/[dataset]/route.ts": async () => {
    const { GET } = await import("./(portal)/dashboard/export/[dataset]/route");
    return responseOutcome(await GET(get("/dashboard/export/indicator"), params({ dataset: "indicator" })));
  },
  "app/(portal)/sociale-kaart/[slug]/vcard/[contactId]/route.ts": async () => {
    const { GET } = await import("./(portal)/sociale-kaart/[slug]/vcard/[contactId]/route");
    return responseOutcome(await GET(get("/sociale-kaart/x/vcard/y"), params({ slug: "x", contactId: "y" })));
  },
  "app/(portal)/werkateliers/[id]/deelnemers/export/route.ts": async () => {
    const { GET } = await import("./(portal)/werkateliers/[id]/deelnemers/export/route");
    return responseOutcome(await GET(get("/werkateliers/x/deelnemers/export?formaat=csv"), params({ id: "x" })));
  },
  "app/(portal)/werkateliers/[id]/ics/route.ts": async () => {
    const { GET } = await import("./(portal)/werkateliers/[id]/ics/route");
    return responseOutcome(await GET(get("/werkateliers/x/ics"), params({ id: "x" })));
  },
  "app/api/sociale-kaart/export/route.ts": async () => {
    const { GET } = await import("./api/sociale-kaart/export/route");
    return responseOutcome(await GET(get("/api/sociale-kaart/export?format=csv")));
  },
  "app/api/sociale-kaart/importsjabloon/route.ts": async () => {
    const { GET } = await import("./api/sociale-kaart/importsjabloon/route");
    return responseOutcome(await GET(get("/api/sociale-kaart/importsjabloon?format=csv")));
  },
  "components/agreement-documents/actions.ts": async () => {
    const { uploadAgreementDocumentAction } = await import("../components/agreement-documents/actions");
    const messages = await import("../messages/catalogue");
    // No file chosen: an allowed user is told to choose one, a refused one is refused first.
    const state = await uploadAgreementDocumentAction({ status: "idle" }, form({ agreementId: "x" }));
    return state.status === "error" && state.formError === messages.forms.forbidden ? "refused" : "allowed";
  },
  "components/meeting-registration/attendance-actions.ts": async () => {
    const { saveAttendanceAction } = await import("../components/meeting-registration/attendance-actions");
    const { ATTENDANCE_FIELD_PREFIX } = await import("../components/meeting-registration/attendance-fields");
    try {
      await saveAttendanceAction(form({ meetingId: "x", [`${ATTENDANCE_FIELD_PREFIX}y`]: "AANWEZIG" }));
    } catch (error) {
      return redirectTarget(error).includes("fout=toegang") ? "refused" : "allowed";
    }
    throw new Error("saveAttendanceAction always redirects");
  },
};

/** How to call each "token" and "public" door with a made-up credential; the answer must not depend on the caller. */
const SESSIONLESS_CALLS: Record<string, (() => Promise<unknown>) | "not called"> = {
  "app/api/agenda/[token]/route.ts": async () => {
    const { GET } = await import("./api/agenda/[token]/route");
    return (await GET(get("/api/agenda/onbekend"), params({ token: "onbekend" }))).status;
  },
  // next-auth's own handler: it reads its cookie itself; signing in is covered by the e2e specs.
  "app/api/auth/[...nextauth]/route.ts": "not called",
  "app/api/health/route.ts": async () => {
    const { GET } = await import("./api/health/route");
    const response = GET();
    return [response.status, await response.text()];
  },
  "app/api/public/v1/organisaties/route.ts": async () => {
    const { GET } = await import("./api/public/v1/organisaties/route");
    return (await GET()).status;
  },
  "app/hulp/[[...path]]/route.ts": async () => {
    const { GET } = await import("./hulp/[[...path]]/route");
    const response = await GET(get("/hulp/organisatie/wijkteam-test"), params({ path: ["organisatie", "wijkteam-test"] }));
    return [response.status, response.headers.get("set-cookie")];
  },
  "app/bevestigen/[token]/actions.ts": async () => {
    const { confirmByToken } = await import("./bevestigen/[token]/actions");
    return confirmByToken({ status: "idle" }, form({ token: "onbekend" }));
  },
  "app/wachtwoord-herstellen/actions.ts": async () => {
    const { resetWithToken } = await import("./wachtwoord-herstellen/actions");
    return resetWithToken({ status: "idle" }, form({ token: "onbekend", newPassword: "een lang genoeg wachtwoord 123" }));
  },
  "app/wachtwoord-vergeten/actions.ts": async () => {
    const { requestReset } = await import("./wachtwoord-vergeten/actions");
    // A malformed address is answered before anything else (no headers(), no after()).
    return requestReset({ status: "idle" }, form({ email: "geen-adres" }));
  },
};

const RULES: Record<string, RouteRule> = ROUTE_RULES;
const CALLERS = ["anonymous", "BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "RAAD"] as const;

let db: Db;
let drop: () => Promise<void>;
const users = {} as Record<Role, SessionUser>;

beforeAll(async () => {
  const serverUrl = process.env.KK_TEST_SERVER_URL;
  if (!serverUrl) throw new Error("KK_TEST_SERVER_URL is not set: run the tests through the root vitest config.");
  ({ db, drop } = await createTestDatabase(serverUrl, "route_rules"));
  fake.db = db;
  const organisation = await db.organisation.create({
    data: { name: "Wijkteam Test", slug: "wijkteam-test", sector: "JEUGDHULP_SOCIAAL_WERK", type: "Wijkteam", legalFrame: "CONSENT_REQUIRED" },
  });
  for (const role of ROLES) {
    const row = await db.user.create({
      data: { email: `${role.toLowerCase()}@route-rules.example`, name: `Test ${role}`, role, organisationId: role === "PARTNER" ? organisation.id : null },
    });
    users[role] = { id: row.id, email: row.email, name: row.name, role: row.role, organisationId: row.organisationId, municipalityCode: row.municipalityCode };
  }
});
afterAll(async () => {
  await drop?.();
});

function signInAs(who: (typeof CALLERS)[number]): SessionUser | null {
  fake.user = who === "anonymous" ? null : users[who];
  fake.sessionReads = 0;
  return fake.user;
}

describe("route handlers and server actions: the registry", () => {
  const doors = findDoors(SRC);

  it("finds the doors", () => {
    expect(doors.length).toBeGreaterThanOrEqual(15);
    expect(doors).toContain("app/api/trpc/[trpc]/route.ts");
  });

  it.each(doors)("%s has a rule in app/route-rules.ts", (door) => {
    expect(RULES[door], `add "${door}" to ROUTE_RULES in apps/web/src/app/route-rules.ts`).toBeDefined();
  });

  it("lists no file that no longer exists", () => {
    expect(Object.keys(RULES).filter((door) => !doors.includes(door))).toEqual([]);
  });

  it.each(Object.entries(RULES))("%s names a policy action or says why it needs none, and has a call here", (door, rule) => {
    if (rule.door === "policy") {
      expect(ACTIONS).toContain(rule.action);
      expect(POLICY_CALLS[door]).toBeDefined();
    }
    if (rule.door === "token" || rule.door === "public") {
      expect(rule.why.length).toBeGreaterThan(10);
      expect(SESSIONLESS_CALLS[door]).toBeDefined();
    }
  });
});

describe("route handlers and server actions: every role", () => {
  for (const [door, rule] of Object.entries(RULES)) {
    if (rule.door !== "policy") continue;
    it.each(CALLERS)(`${door} as %s follows ${rule.action}`, async (who) => {
      const user = signInAs(who);
      const expected: Outcome = can(user, rule.action, user ? { organisationId: user.organisationId } : undefined) ? "allowed" : "refused";
      const invoke = POLICY_CALLS[door];
      if (!invoke) throw new Error(`no call for ${door}`);
      expect(await invoke()).toBe(expected);
    });
  }

  for (const [door, call] of Object.entries(SESSIONLESS_CALLS)) {
    if (call === "not called") continue;
    it(`${door} answers every caller alike, without reading the session`, async () => {
      const answers: unknown[] = [];
      for (const who of CALLERS) {
        signInAs(who);
        answers.push(await call());
        expect(fake.sessionReads, `${door} read the session as ${who}`).toBe(0);
      }
      for (const answer of answers) expect(answer).toEqual(answers[0]);
    });
  }
});
