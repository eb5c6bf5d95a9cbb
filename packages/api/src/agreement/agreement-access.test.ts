import type { SessionUser } from "@kk/auth/roles";
import type { AgreementStatus } from "@kk/db";
import { describe, expect, it } from "vitest";
import { agreementVisibilityWhere, canReadAgreement } from "./agreement-access.ts";

const user = (role: SessionUser["role"], organisationId: string | null = null): SessionUser => ({
  id: role,
  email: `${role}@x`,
  name: role,
  role,
  organisationId,
  municipalityCode: null,
});

const agreement = (status: AgreementStatus, ...orgs: string[]) => ({ status, parties: orgs.map((organisationId) => ({ organisationId })) });

describe("agreement access", () => {
  it("lets coordinators and administrators read everything", () => {
    expect(canReadAgreement(user("COORDINATOR"), agreement("CONCEPT"))).toBe(true);
    expect(canReadAgreement(user("BEHEERDER"), agreement("IN_BESPREKING"))).toBe(true);
    expect(agreementVisibilityWhere(user("COORDINATOR"))).toEqual({});
  });

  it("lets professionals read active and ended agreements only", () => {
    const pro = user("PROFESSIONAL", "org-a");
    expect(canReadAgreement(pro, agreement("ACTIEF"))).toBe(true);
    expect(canReadAgreement(pro, agreement("VERLOPEN"))).toBe(true);
    expect(canReadAgreement(pro, agreement("BEEINDIGD"))).toBe(true);
    expect(canReadAgreement(pro, agreement("CONCEPT", "org-a"))).toBe(false);
    expect(canReadAgreement(pro, agreement("IN_BESPREKING", "org-a"))).toBe(false);
  });

  it("lets a partner read drafts only when its organisation is a party", () => {
    const partner = user("PARTNER", "org-a");
    expect(canReadAgreement(partner, agreement("CONCEPT", "org-a", "org-b"))).toBe(true);
    expect(canReadAgreement(partner, agreement("IN_BESPREKING", "org-a"))).toBe(true);
    expect(canReadAgreement(partner, agreement("CONCEPT", "org-b"))).toBe(false);
    expect(canReadAgreement(partner, agreement("ACTIEF", "org-b"))).toBe(true);
    expect(canReadAgreement(user("PARTNER", null), agreement("CONCEPT", "org-b"))).toBe(false);
  });

  it("refuses the council every agreement", () => {
    expect(canReadAgreement(user("RAAD"), agreement("ACTIEF"))).toBe(false);
    expect(agreementVisibilityWhere(user("RAAD"))).toEqual({ id: "" });
  });
});
