import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user?: { name?: string | null; email?: string | null; image?: string | null };
    /** Set only on the server (session.ts), never sent to the browser. */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The UserSession id: the only thing the session cookie carries (ADR 0017). */
    sid?: string;
  }
}
