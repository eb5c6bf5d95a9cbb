// `npm start`: the production build (`npm run build` first). Refuses to start without DATABASE_URL,
// an https NEXTAUTH_URL and a generated NEXTAUTH_SECRET, unless KK_DEMO=1 (scripts/portal-plan.ts).
import { runPortal } from "./portal.ts";

await runPortal("start");
