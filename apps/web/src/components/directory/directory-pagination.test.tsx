import { directorySearchInput } from "@kk/api/schemas";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DirectoryPagination } from "./directory-pagination";

const search = directorySearchInput.parse({});

describe("DirectoryPagination", () => {
  it("ends at the last page of an exact count", () => {
    const html = renderToStaticMarkup(<DirectoryPagination search={search} page={50} pageCount={50} />);
    expect(html).toContain('aria-current="page"');
    expect(html).not.toContain('rel="next"');
  });

  it("keeps 'Volgende' and an ellipsis after the last counted page while the list goes on", () => {
    const html = renderToStaticMarkup(<DirectoryPagination search={search} page={50} pageCount={50} morePages />);
    expect(html).toMatch(/<a rel="next"[^>]*href="\/sociale-kaart\?gemeente=alle&amp;pagina=51">Volgende/);
    expect(html).toMatch(/>50<\/a><\/li><li aria-hidden="true" class="px-2">…<\/li><li><a rel="next"/);
  });
});
