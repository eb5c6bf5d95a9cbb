import { getAuthOptions } from "@kk/auth";
import NextAuth from "next-auth";

export const dynamic = "force-dynamic";

// Options are built per request on first use, so `next build` needs no runtime settings.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(getAuthOptions())(request, context);
}

export { handler as GET, handler as POST };
