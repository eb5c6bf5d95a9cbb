// `npm run dev`: the portal on http://localhost:3000 with the embedded database and demo data.
import { runPortal } from "./portal.ts";

await runPortal("dev");
