import path from "node:path";
import { fileURLToPath } from "node:url";

/** The copies of the source documents in this repository (packages/legal/seeds), for the tests that check quotes. */
export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../seeds");
