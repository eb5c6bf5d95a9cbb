import { describe, expect, it } from "vitest";
import { contentDisposition } from "./content-disposition";

describe("contentDisposition", () => {
  it("keeps a plain name", () => {
    expect(contentDisposition("convenant-2026.pdf")).toBe(`attachment; filename="convenant-2026.pdf"; filename*=UTF-8''convenant-2026.pdf`);
  });

  it("gives accents and symbols an ASCII fallback and the exact name in filename*", () => {
    expect(contentDisposition("Beëindiging – Zorg & Veiligheid.pdf")).toBe(
      `attachment; filename="Beeindiging _ Zorg _ Veiligheid.pdf"; filename*=UTF-8''Be%C3%ABindiging%20%E2%80%93%20Zorg%20%26%20Veiligheid.pdf`,
    );
  });

  it("lets no quote, semicolon or line break through into the header", () => {
    const header = contentDisposition('a";\r\nSet-Cookie: x=1;\'(b).pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('"').length).toBe(3);
    expect(header).toContain("filename*=UTF-8''a%22%3B%0D%0ASet-Cookie%3A%20x%3D1%3B%27%28b%29.pdf");
  });
});
