import { authOptionsForRequest } from "@kk/auth";
import NextAuth from "next-auth";

export const dynamic = "force-dynamic";

// Options are built per request on first use, so `next build` needs no runtime settings; the
// request's User-Agent describes the device on the session row created at sign-in.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptionsForRequest(request))(request, context);
}

export { handler as GET, handler as POST };
