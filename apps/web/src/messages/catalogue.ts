/**
 * The active catalogue: `import * as messages from "@/messages/catalogue"`, then read sections by
 * name (`messages.forms.required`). Only Dutch exists today; adding English means an `en.ts` with
 * the same named sections (typed against `Messages` in ./index.ts) and choosing it here.
 *
 * A namespace of sections, never one object: the bundler then keeps only the sections a client
 * component reads. One object sent the whole catalogue (117 kB, ~37 kB gzip) to every portal page
 * (issue 17, item 8; docs/performance.md, "Where the portal JavaScript goes"). So never index it
 * with a computed key or pass `messages` itself around (eslint refuses `messages[...]`).
 */
export * from "./nl";
