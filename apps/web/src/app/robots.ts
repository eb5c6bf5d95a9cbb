import type { MetadataRoute } from "next";

/**
 * /robots.txt: search engines may index the public residents' pages (issue 15) and nothing of the
 * signed-in portal, whose pages are `noindex` anyway.
 */
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: ["/hulp"], disallow: ["/"] } };
}
