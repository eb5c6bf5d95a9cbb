import { createTRPCContext, handleTrpcRequest } from "@kk/api";
import { getSessionUser } from "@kk/auth";
import { getDb } from "@kk/db";

export const dynamic = "force-dynamic";

// Origin check, JSON only, body and batch caps, masked errors: packages/api/src/web-edge (issue 14, part E).
function handler(request: Request) {
  return handleTrpcRequest(request, {
    createContext: async () => createTRPCContext({ db: getDb(), user: await getSessionUser() }),
    publicUrls: [process.env.NEXTAUTH_URL],
  });
}

export { handler as GET, handler as POST };
