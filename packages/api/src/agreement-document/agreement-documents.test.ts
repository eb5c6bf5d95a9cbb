import { createHash } from "node:crypto";
import type { AgreementStatus } from "@kk/db";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FieldErrorsCause } from "../field-errors.ts";
import { createApiTestDatabase, type ApiTestDatabase } from "../testing/test-context.ts";
import { downloadAgreementDocument } from "./download-agreement-document.ts";
import { listAgreementDocuments } from "./list-agreement-documents.ts";
import { minimalPdf } from "../testing/minimal-pdf.ts";
import { AGREEMENT_DOCUMENT_MAX_BYTES } from "./schemas.ts";
import { uploadAgreementDocument } from "./upload-agreement-document.ts";
import { failure } from "../testing/trpc-errors.ts";

let t: ApiTestDatabase;
beforeAll(async () => {
  t = await createApiTestDatabase("agreement-documents");
});
afterAll(async () => {
  await t?.drop();
});

let counter = 0;
async function agreement(status: AgreementStatus, partyIds: string[] = []): Promise<string> {
  counter += 1;
  const row = await t.db.agreement.create({
    data: {
      title: `Testafspraak ${counter}`,
      kind: "CONVENANT",
      status,
      ownerId: t.users.COORDINATOR.id,
      parties: { create: partyIds.map((organisationId) => ({ organisationId })) },
    },
  });
  return row.id;
}

function fileErrorOf(error: TRPCError): string | undefined {
  expect(error.cause).toBeInstanceOf(FieldErrorsCause);
  return (error.cause as FieldErrorsCause).fieldErrors.file?.[0];
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const count = (agreementId: string) => t.db.agreementDocument.count({ where: { agreementId } });

describe("agreement documents: versions of the agreement text", () => {
  it("stores a real PDF as version 1 with its SHA-256, the next as version 2, both downloadable byte-identical", async () => {
    const id = await agreement("ACTIEF");
    const coordinator = t.users.COORDINATOR;
    const first = minimalPdf("Convenant versie 1");
    const second = minimalPdf("Convenant versie 2, na overleg");

    const v1 = await uploadAgreementDocument(t.db, coordinator, {
      agreementId: id,
      fileName: "convenant.pdf",
      bytes: first,
      documentDate: "2026-03-15",
      note: "Getekende versie",
    });
    expect(v1).toMatchObject({ versionNumber: 1, sha256: sha256(first), sizeBytes: first.length, contentType: "application/pdf" });
    expect(v1.documentDate?.toISOString().slice(0, 10)).toBe("2026-03-15");
    const v2 = await uploadAgreementDocument(t.db, coordinator, { agreementId: id, fileName: "C:\\stukken\\convenant-2026", bytes: second, note: "" });
    expect(v2.versionNumber).toBe(2);
    expect(v2.fileName).toBe("convenant-2026.pdf");

    const list = await listAgreementDocuments(t.db, coordinator, { agreementId: id });
    expect(list.map((d) => d.versionNumber)).toEqual([2, 1]);
    expect(list[1]).toMatchObject({ note: "Getekende versie", uploadedBy: { name: coordinator.name } });
    expect(Object.keys(list[0] ?? {})).not.toContain("content");

    const down1 = await downloadAgreementDocument(t.db, coordinator, { agreementId: id, documentId: v1.id });
    const down2 = await downloadAgreementDocument(t.db, coordinator, { agreementId: id, documentId: v2.id });
    expect(Buffer.from(down1.bytes).equals(Buffer.from(first))).toBe(true);
    expect(Buffer.from(down2.bytes).equals(Buffer.from(second))).toBe(true);
    expect(sha256(down1.bytes)).toBe(down1.sha256);

    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { entityId: v1.id, action: "agreementDocument.upload" } });
    expect(audit.actorId).toBe(coordinator.id);
    expect(audit.after).toMatchObject({ versionNumber: 1, sha256: sha256(first), agreementId: id });
    expect(JSON.stringify(audit.after)).not.toContain("%PDF");
  });

  it("gives concurrent uploads consecutive version numbers", async () => {
    const id = await agreement("CONCEPT");
    const uploads = [1, 2, 3, 4].map((n) =>
      uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: `v${n}.pdf`, bytes: minimalPdf(`Versie ${n}`), note: "" }),
    );
    const rows = await Promise.all(uploads);
    expect(rows.map((r) => r.versionNumber).sort()).toEqual([1, 2, 3, 4]);
  });

  it("refuses a renamed Windows program and stores nothing", async () => {
    const id = await agreement("ACTIEF");
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...new TextEncoder().encode("This program cannot be run in DOS mode.")]);
    const error = await failure(uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: "x.pdf", bytes: exe, note: "" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fileErrorOf(error)).toMatch(/programma, geen PDF/);
    expect(await count(id)).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: "agreementDocument.upload", after: { path: ["agreementId"], equals: id } } })).toBe(0);
  });

  it("refuses a PDF that runs JavaScript on opening, and %PDF + garbage + %%EOF, storing nothing (issue 14, 9d)", async () => {
    const id = await agreement("ACTIEF");
    const text = Buffer.from(minimalPdf("Convenant")).toString("latin1");
    // The same PDF with an /OpenAction that runs JavaScript, its startxref moved along.
    const withScript = text.replace("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>");
    const lengthened = withScript.length - text.length;
    const fixed = withScript.replace(/startxref\n(\d+)/, (_, at: string) => `startxref\n${Number(at) + lengthened}`);
    const script = await failure(uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: "x.pdf", bytes: new Uint8Array(Buffer.from(fixed, "latin1")), note: "" }));
    expect(script.code).toBe("BAD_REQUEST");
    expect(fileErrorOf(script)).toMatch(/^Dit PDF-bestand bevat actieve inhoud \(JavaScript/);
    const garbage = await failure(uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: "y.pdf", bytes: new TextEncoder().encode("%PDF-1.4\nvan alles\n%%EOF\n"), note: "" }));
    expect(fileErrorOf(garbage)).toMatch(/^Het PDF-bestand is beschadigd of onvolledig/);
    expect(await count(id)).toBe(0);
  });

  it("refuses a file over 10 MB, naming the limit, and an empty file", async () => {
    const id = await agreement("ACTIEF");
    const pdf = minimalPdf("groot");
    const big = new Uint8Array(AGREEMENT_DOCUMENT_MAX_BYTES + 1);
    big.set(pdf.subarray(0, 9));
    big.set(pdf.subarray(pdf.length - 6), big.length - 6);
    const tooLarge = await failure(uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: "groot.pdf", bytes: big, note: "" }));
    expect(fileErrorOf(tooLarge)).toMatch(/groter dan 10 MB/);
    const empty = await failure(uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: "leeg.pdf", bytes: new Uint8Array(), note: "" }));
    expect(fileErrorOf(empty)).toMatch(/leeg/);
    expect(await count(id)).toBe(0);
  });

  it("refuses the same content as the newest version", async () => {
    const id = await agreement("ACTIEF");
    const pdf = minimalPdf("Dezelfde tekst");
    await uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: "a.pdf", bytes: pdf, note: "" });
    const error = await failure(uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: "b.pdf", bytes: pdf, note: "" }));
    expect(error.code).toBe("CONFLICT");
    expect(fileErrorOf(error)).toBe("Dit document is al de nieuwste versie (versie 1). Er is niets opgeslagen.");
    expect(await count(id)).toBe(1);
  });

  it("refuses an invalid document date and a missing agreement", async () => {
    const id = await agreement("ACTIEF");
    const error = await failure(
      uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: "a.pdf", bytes: minimalPdf("x"), documentDate: "2026-02-30", note: "" }),
    );
    expect((error.cause as FieldErrorsCause).fieldErrors.documentDate?.[0]).toMatch(/bestaande datum/);
    const missing = await failure(uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: "bestaat-niet", fileName: "a.pdf", bytes: minimalPdf("x"), note: "" }));
    expect(missing.code).toBe("NOT_FOUND");
    expect(await count(id)).toBe(0);
  });

  it("lets only the coordinator upload", async () => {
    const id = await agreement("ACTIEF", [t.partnerOrganisationId]);
    for (const role of ["PARTNER", "PROFESSIONAL", "BEHEERDER", "RAAD"] as const) {
      const error = await failure(uploadAgreementDocument(t.db, t.users[role], { agreementId: id, fileName: "a.pdf", bytes: minimalPdf(role), note: "" }));
      expect(error.code).toBe("FORBIDDEN");
    }
    expect(await count(id)).toBe(0);
  });
});

describe("agreement documents: who may read them", () => {
  let conceptWithPartner: string;
  let conceptWithout: string;
  let active: string;
  const docs: Record<string, string> = {};

  beforeAll(async () => {
    conceptWithPartner = await agreement("CONCEPT", [t.partnerOrganisationId, t.otherOrganisationId]);
    conceptWithout = await agreement("IN_BESPREKING", [t.otherOrganisationId]);
    active = await agreement("ACTIEF", [t.otherOrganisationId]);
    for (const id of [conceptWithPartner, conceptWithout, active]) {
      const row = await uploadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: id, fileName: "tekst.pdf", bytes: minimalPdf(id), note: "" });
      docs[id] = row.id;
    }
  });

  const download = (role: "PARTNER" | "PROFESSIONAL" | "RAAD" | "BEHEERDER", agreementId: string) =>
    downloadAgreementDocument(t.db, t.users[role], { agreementId, documentId: docs[agreementId] ?? "" });

  it("hides a concept agreement's text from a professional", async () => {
    const error = await failure(download("PROFESSIONAL", conceptWithPartner));
    expect(error.code).toBe("NOT_FOUND");
    const list = await failure(t.callerFor(t.users.PROFESSIONAL).agreementDocument.list({ agreementId: conceptWithPartner }));
    expect(list.code).toBe("NOT_FOUND");
  });

  it("lets a partner download a concept its organisation is party to, but not another concept", async () => {
    const file = await download("PARTNER", conceptWithPartner);
    expect(sha256(file.bytes)).toBe(sha256(minimalPdf(conceptWithPartner)));
    expect((await failure(download("PARTNER", conceptWithout))).code).toBe("NOT_FOUND");
  });

  it("lets professionals and administrators read an active agreement's text; the council none", async () => {
    expect((await download("PROFESSIONAL", active)).versionNumber).toBe(1);
    expect((await download("BEHEERDER", conceptWithout)).versionNumber).toBe(1);
    const list = await t.callerFor(t.users.PROFESSIONAL).agreementDocument.list({ agreementId: active });
    expect(list).toHaveLength(1);
    expect((await failure(download("RAAD", active))).code).toBe("FORBIDDEN");
    expect((await failure(t.callerFor(t.users.RAAD).agreementDocument.list({ agreementId: active }))).code).toBe("FORBIDDEN");
  });

  it("does not serve a document through another agreement's id", async () => {
    const error = await failure(downloadAgreementDocument(t.db, t.users.COORDINATOR, { agreementId: active, documentId: docs[conceptWithout] ?? "" }));
    expect(error.code).toBe("NOT_FOUND");
  });
});
