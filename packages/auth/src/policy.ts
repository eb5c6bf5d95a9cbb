import type { Role } from "@kk/db";
import type { SessionUser } from "./roles.ts";

/**
 * The one place that says who may do what. tRPC procedures name an action from this table
 * (packages/api/src/trpc.ts) and the UI calls the same `can()` to hide what a role may not do.
 * A procedure without an action here does not compile; the authorisation test calls every
 * procedure as every role against this table.
 */

/** What a rule may look at besides the user: the organisation a record belongs to. */
export interface PolicySubject {
  organisationId?: string | null;
}

type Rule = "anyone" | "signed-in" | readonly Role[] | ((user: SessionUser, subject: PolicySubject | undefined) => boolean);

const CONTENT_READERS = ["COORDINATOR", "PARTNER", "PROFESSIONAL"] as const satisfies readonly Role[];

/**
 * Who coordinates the shared data of the region (issue 18, docs/adr/0023): the sociale kaart,
 * contacts and escalation routes, agreements and regional werkateliers. The municipal coordinator
 * and the regional coordinator have the same rights on it; RAAD and figures stay municipal.
 */
export const SHARED_DATA_COORDINATORS = ["COORDINATOR", "REGIO_COORDINATOR"] as const satisfies readonly Role[];

/** True for a coordinator of the shared data (the municipal or the regional coordinator). */
export function isSharedDataCoordinator(user: SessionUser): boolean {
  return (SHARED_DATA_COORDINATORS as readonly Role[]).includes(user.role);
}

function coordinatorOrOwnPartner(user: SessionUser, subject: PolicySubject | undefined): boolean {
  return (
    isSharedDataCoordinator(user) ||
    (user.role === "PARTNER" && subject !== undefined && user.organisationId !== null && subject.organisationId === user.organisationId)
  );
}

const rules = {
  "session.read": "anyone",

  "user.list": ["BEHEERDER"],
  "user.create": ["BEHEERDER"],
  "user.update": ["BEHEERDER"],
  "user.setActive": ["BEHEERDER"],
  // The municipalities of a region install (issue 18, /beheer/gemeenten): the administrator adds
  // them (as `npm run region:add` does); the regional coordinator, who spans the region, may see the list.
  "municipality.list": ["BEHEERDER", "REGIO_COORDINATOR"],
  "municipality.add": ["BEHEERDER"],
  // One's own password (issue 14, part L): everyone signed in; the handler only touches the caller's account.
  "password.change": "signed-in",

  // Two-factor sign-in (docs/adr/0018): one's own enrolment, recovery codes and switching off;
  // the administrator's reset of another user's; the current code of a demo account, on a demo
  // portal only (checked in the procedure).
  "mfa.self": "signed-in",
  "mfa.reset": ["BEHEERDER"],
  "mfa.demoCode": "anyone",
  // One's own sessions (/account/sessies): every role, and only their own (the queries filter on
  // the caller's id: packages/api/src/user-session/own-sessions.ts).
  "userSession.manageOwn": "signed-in",
  // The idle timeout for everyone's sessions: the administrator's setting.
  "userSession.configure": ["BEHEERDER"],

  "organisation.options": ["BEHEERDER", "COORDINATOR", "PARTNER", "PROFESSIONAL", "REGIO_COORDINATOR"],
  "organisation.read": ["BEHEERDER", ...CONTENT_READERS, "REGIO_COORDINATOR"],
  "organisation.create": SHARED_DATA_COORDINATORS,
  // A partner keeps its own organisation's entry current, and only that one.
  "organisation.update": (user, subject) => coordinatorOrOwnPartner(user, subject),
  "organisation.archive": SHARED_DATA_COORDINATORS,
  // Name, type, sector, legal frame and basis, meldcode, public: a partner may not change how
  // others may share with it (packages/api/src/organisation/schemas.ts, COORDINATOR_ONLY_FIELDS).
  "organisation.updateIdentity": SHARED_DATA_COORDINATORS,
  // Confirming "alles klopt nog", contacts and the escalation route: the coordinator for any
  // organisation, a partner for its own (checked again in the handler once the record is loaded).
  "organisation.confirm": (user, subject) => coordinatorOrOwnPartner(user, subject),
  "contact.manage": (user, subject) => coordinatorOrOwnPartner(user, subject),
  "escalationRoute.manage": (user, subject) => coordinatorOrOwnPartner(user, subject),

  "directory.search": ["BEHEERDER", ...CONTENT_READERS, "REGIO_COORDINATOR"],
  // Export is a read of what the caller may already see (same visibility rules as the
  // organisation page); import writes the whole map at once, so it is the coordinator's.
  "directory.export": ["BEHEERDER", ...CONTENT_READERS, "REGIO_COORDINATOR"],
  "directory.import": SHARED_DATA_COORDINATORS,

  "audit.read": ["BEHEERDER", "COORDINATOR"],

  // Freshness of the sociale kaart: the coordinator's overview (the administrator may look),
  // changing the stale-after setting and sending reminders now are the coordinator's.
  "freshness.read": ["COORDINATOR", "BEHEERDER", "REGIO_COORDINATOR"],
  "freshness.manage": SHARED_DATA_COORDINATORS,
  // Every e-mail the portal sent or recorded; shows reminder links, so administrators only.
  "outbox.read": ["BEHEERDER"],

  // "Mag ik delen met …?": general rules from domain.md, no client data.
  "sharing.read": ["BEHEERDER", ...CONTENT_READERS],
  // Afwegen (issue 13, part A): whom to consult, for everyone who may use "Mag ik delen?". The
  // weighing itself is never sent to the server.
  "weighing.consultContacts": ["BEHEERDER", ...CONTENT_READERS],
  // "Informatieverzoek opstellen" (issue 13, part C): the answer date between two organisations.
  // Only organisation ids travel; the request text stays in the browser.
  "informationRequest.answerDate": ["BEHEERDER", ...CONTENT_READERS],

  // Convenanten (issue 4). Which agreement a reader sees is decided per record in
  // packages/api/src/agreement/agreement-access.ts (drafts only for coordinators and parties).
  "agreement.read": ["COORDINATOR", "PARTNER", "PROFESSIONAL", "BEHEERDER", "REGIO_COORDINATOR"],
  "agreement.manage": SHARED_DATA_COORDINATORS,
  "agreementDocument.upload": SHARED_DATA_COORDINATORS,
  "agreementCoverage.read": ["COORDINATOR", "PARTNER", "PROFESSIONAL", "BEHEERDER", "REGIO_COORDINATOR"],
  "networkGaps.read": ["COORDINATOR", "BEHEERDER", "REGIO_COORDINATOR"],
  // The council sees figures only (number active, coverage percentage), never an agreement.
  "agreement.figures": ["COORDINATOR", "RAAD"],

  // Werkateliers and network meetings (issue 5, docs/werkateliers.md).
  "meeting.read": [...CONTENT_READERS, "REGIO_COORDINATOR"],
  // Issue 18: the regional coordinator manages the regional meetings, a municipal coordinator its
  // own municipality's and the regional ones (checked per meeting: packages/api/src/meeting/write-meetings.ts).
  "meeting.manage": SHARED_DATA_COORDINATORS,
  // Registering (and unregistering) oneself; the handler only ever touches the caller's own registration.
  "meeting.register": CONTENT_READERS,
  // Participant lists with names and e-mail, attendance, export: the coordinator's.
  "meeting.participants": ["COORDINATOR"],
  // Anonymised cases: any participant may write one; only its author or a coordinator edits it.
  "meetingCase.write": CONTENT_READERS,
  // Knelpunten and actions per meeting, the knelpunten catalogue, and the outcomes register.
  "meetingOutcome.manage": ["COORDINATOR"],
  "meetingOutcome.read": CONTENT_READERS,
  // A personal iCal feed of one's own registrations.
  "calendarFeed.manage": CONTENT_READERS,

  // Veilig Thuis figures and the plan van aanpak (issue 6, docs/dashboard.md).
  // Raw figures (every count, every version, small counts included): the coordinator, of their own
  // municipality; the regional coordinator reads (never writes) those of every municipality of the
  // region (issue 18; which municipality: packages/api/src/vt-figures/figure-scope.ts).
  "figures.read": ["COORDINATOR", "REGIO_COORDINATOR"],
  // Import, hand entry, remembered column mappings, populations: the coordinator.
  "figures.manage": ["COORDINATOR"],
  // Aggregates after suppression (counts under 10 as "< 10", complementary cells hidden): the
  // council, and the coordinator to check what the council sees.
  "figures.council": ["COORDINATOR", "RAAD", "REGIO_COORDINATOR"],
  // The council comparison (issue 18): every municipality of the region and the region total,
  // after suppression over the whole comparison (docs/adr/0025).
  "figures.compare": ["COORDINATOR", "RAAD", "REGIO_COORDINATOR"],
  // Plan van aanpak progress per theme (budget against spend): council and coordinator read,
  // the coordinator updates status and spend.
  "plan.read": ["COORDINATOR", "RAAD", "REGIO_COORDINATOR"],
  "plan.manage": ["COORDINATOR"],

  // Legal content catalogue (issue 13, part D): the review status and "Bronnen en verantwoording" for
  // everyone who may use "Mag ik delen?"; recording "juridisch gecontroleerd door … op …" for the
  // coordinator and the administrator.
  "legalReview.read": ["BEHEERDER", ...CONTENT_READERS],
  "legalReview.manage": ["COORDINATOR", "BEHEERDER"],

  // The public residents' page "Zorgen over een kind?" (issue 15, item 5): its introduction and the
  // organisations shown first. The coordinator for their own municipality, the administrator for any
  // (which municipality: packages/api/src/public-page/public-page-municipality.ts). Not the regional
  // coordinator: the page speaks for one municipality, and that municipality's coordinator answers for it.
  "publicPage.manage": ["COORDINATOR", "BEHEERDER"],

  // The administrator links users to organisations and answers their questions, so reads the map too.
  "area.sociale-kaart": ["BEHEERDER", ...CONTENT_READERS, "REGIO_COORDINATOR"],
  "area.convenanten": [...CONTENT_READERS, "REGIO_COORDINATOR"],
  "area.escalatie": [...CONTENT_READERS, "REGIO_COORDINATOR"],
  "area.werkateliers": [...CONTENT_READERS, "REGIO_COORDINATOR"],
  "area.dashboard": ["COORDINATOR", "RAAD", "REGIO_COORDINATOR"],
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;

export const ACTIONS = Object.keys(rules) as Action[];

/**
 * The actions whose rule is "anyone": the only ones a caller who is not signed in may pass. The
 * type follows from the table, so `guarded()` (packages/api/src/trpc.ts) gives every other
 * procedure a non-null actor without a runtime cast in each handler.
 */
export type AnonymousAction = { [A in Action]: (typeof rules)[A] extends "anyone" ? A : never }[Action];

export function allowsAnonymous(action: Action): action is AnonymousAction {
  return rules[action] === "anyone";
}

/** All a BEHEERDER or COORDINATOR may do before setting up two-factor sign-in (docs/adr/0018). */
export const MFA_ENROLMENT_ACTIONS: readonly Action[] = ["session.read", "mfa.self", "mfa.demoCode"];

export function can(user: SessionUser | null | undefined, action: Action, subject?: PolicySubject): boolean {
  const rule = rules[action] as Rule;
  if (rule === "anyone") return true;
  if (!user) return false;
  if (user.mfaEnrolmentRequired && !MFA_ENROLMENT_ACTIONS.includes(action)) return false;
  if (rule === "signed-in") return true;
  if (typeof rule === "function") return rule(user, subject);
  return rule.includes(user.role);
}

/** True when the action depends on the subject, so a role-only check is not the full answer. */
export function isSubjectRule(action: Action): boolean {
  return typeof rules[action] === "function";
}

/**
 * Whose municipality-owned data (figures, populations, targets, plan van aanpak, council view,
 * municipal settings) a user acts on (issue 18, docs/adr/0023): their own municipality, the whole
 * region (BEHEERDER, REGIO_COORDINATOR), or none (a user not linked to a municipality). This is
 * the one place the API reads it; the database enforces the same through row-level security.
 * Shared data (the sociale kaart, agreements, werkateliers) is not scoped by it.
 */
export type MunicipalityScope = { kind: "municipality"; code: string } | { kind: "region" } | { kind: "none" };

export const REGION_ROLES: readonly Role[] = ["BEHEERDER", "REGIO_COORDINATOR"];

export function municipalityScopeOf(user: SessionUser | null | undefined): MunicipalityScope {
  if (!user) return { kind: "none" };
  if (REGION_ROLES.includes(user.role)) return { kind: "region" };
  return user.municipalityCode ? { kind: "municipality", code: user.municipalityCode } : { kind: "none" };
}

/** True when the scope includes the municipality `code`. */
export function scopeIncludes(scope: MunicipalityScope, code: string | null): boolean {
  if (scope.kind === "region") return true;
  return scope.kind === "municipality" && code !== null && scope.code === code;
}

export type NavKey = "sociale-kaart" | "mag-ik-delen" | "convenanten" | "escalatie" | "werkateliers" | "dashboard" | "beheer-gebruikers" | "audit" | "beheer-sociale-kaart" | "beheer-netwerk" | "beheer-outbox" | "beheer-cijfers" | "beheer-gemeenten" | "beheer-publieke-pagina";

export interface NavItem {
  key: NavKey;
  href: string;
}

const NAVIGATION: ReadonlyArray<NavItem & { action: Action }> = [
  { key: "sociale-kaart", href: "/sociale-kaart", action: "area.sociale-kaart" },
  { key: "mag-ik-delen", href: "/mag-ik-delen", action: "sharing.read" },
  { key: "convenanten", href: "/convenanten", action: "area.convenanten" },
  { key: "escalatie", href: "/escalatie", action: "area.escalatie" },
  { key: "werkateliers", href: "/werkateliers", action: "area.werkateliers" },
  { key: "dashboard", href: "/dashboard", action: "area.dashboard" },
  { key: "beheer-gebruikers", href: "/beheer/gebruikers", action: "user.list" },
  { key: "beheer-gemeenten", href: "/beheer/gemeenten", action: "municipality.list" },
  { key: "audit", href: "/beheer/audit", action: "audit.read" },
  { key: "beheer-sociale-kaart", href: "/beheer/sociale-kaart", action: "freshness.read" },
  { key: "beheer-netwerk", href: "/beheer/netwerk", action: "networkGaps.read" },
  { key: "beheer-cijfers", href: "/beheer/cijfers", action: "figures.manage" },
  { key: "beheer-outbox", href: "/beheer/outbox", action: "outbox.read" },
  { key: "beheer-publieke-pagina", href: "/beheer/publieke-pagina", action: "publicPage.manage" },
];

/** The navigation a user sees: derived from the policy, so menu and API never disagree. */
export function navigationFor(user: SessionUser | null): NavItem[] {
  return NAVIGATION.filter((item) => can(user, item.action)).map(({ key, href }) => ({ key, href }));
}
