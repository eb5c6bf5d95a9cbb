// `npm start`: the production build (`npm run build` first). Set DATABASE_URL in production.
import { runPortal } from "./portal.ts";

await runPortal("start");
