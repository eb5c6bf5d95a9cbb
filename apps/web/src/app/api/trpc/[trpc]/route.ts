import { createTRPCContext, handleTrpcRequest } from "@kk/api";
import { getSessionState, requestSettings } from "@kk/auth";
import { dbFor, dbForScope } from "@/lib/db";

export const dynamic = "force-dynamic";

// Origin check, JSON only, body and batch caps, masked errors: packages/api/src/web-edge (issue 14, part E).
function handler(request: Request) {
  return handleTrpcRequest(request, {
    createContext: async () => {
      const session = await getSessionState();
      return createTRPCContext({ db: dbFor(session.user), dbForScope, user: session.user, sessionId: session.user ? session.sessionId : null, settings: requestSettings() });
    },
    publicUrls: [process.env.NEXTAUTH_URL],
  });
}

export { handler as GET, handler as POST };
