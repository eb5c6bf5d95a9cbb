import { z } from "zod";
import { productionSecretProblem, productionUrlProblem } from "./production-settings";

/**
 * Runtime settings, validated when the server starts (src/instrumentation.ts) and read through
 * `getEnv()`. Deliberately not validated at import time: `next build` must work without the
 * production secrets. All settings are listed in .env.example.
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string({ error: "is required (a postgresql:// connection string)" })
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection string"),
    NEXTAUTH_URL: z.url({ error: "must be the portal's public URL, e.g. https://portaal.example.nl" }).optional(),
    NEXTAUTH_SECRET: optionalText,
    // Key for the stored two-factor (TOTP) secrets; without it derived from NEXTAUTH_SECRET (docs/adr/0018).
    KK_MFA_KEY: optionalText,
    AUTH_OIDC_ISSUER: z.url({ error: "must be the issuer URL of the OpenID Connect provider" }).optional(),
    AUTH_OIDC_CLIENT_ID: optionalText,
    AUTH_OIDC_CLIENT_SECRET: optionalText,
    AUTH_OIDC_NAME: optionalText,
    MAIL_TRANSPORT: optionalText,
    SMTP_URL: z.url({ error: "must be an smtp:// or smtps:// URL" }).optional(),
    MAIL_FROM: optionalText,
    // Scheduled jobs (pg-boss) run in the server process unless this is "off" (docs/operations.md).
    KK_JOBS: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).optional(),
    // Shows the "Demo-omgeving" badge; the dev and start scripts set it when they load demo data.
    KK_DEMO_MODE: z.enum(["true", "false"]).optional(),
    // Reverse proxies in front of the portal whose X-Forwarded-For entry is trusted (sign-in throttling).
    // The neutral site the public pages' "Snel weg" button leaves for (issue 15); default google.nl.
    KK_PUBLIC_EXIT_URL: z.url({ protocol: /^https$/, error: "must be an https:// address (the neutral site \"Snel weg\" leaves for)" }).optional(),
    KK_TRUSTED_PROXY_COUNT: z
      .string()
      .regex(/^\d{1,2}$/, "must be a whole number of reverse proxies (0 or more)")
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production") {
      const secretProblem = productionSecretProblem(env.NEXTAUTH_SECRET);
      if (secretProblem) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: secretProblem });
      const urlProblem = productionUrlProblem(env.NEXTAUTH_URL);
      if (urlProblem) ctx.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: urlProblem });
      const mfaKeyProblem = env.KK_MFA_KEY === undefined ? null : productionSecretProblem(env.KK_MFA_KEY);
      if (mfaKeyProblem) ctx.addIssue({ code: "custom", path: ["KK_MFA_KEY"], message: mfaKeyProblem });
    }
    if (env.MAIL_TRANSPORT !== undefined && env.MAIL_TRANSPORT !== "outbox" && env.MAIL_TRANSPORT !== "smtp") {
      ctx.addIssue({ code: "custom", path: ["MAIL_TRANSPORT"], message: 'must be "outbox" (record only, the default) or "smtp"' });
    }
    if (env.MAIL_TRANSPORT === "smtp") {
      for (const key of ["SMTP_URL", "MAIL_FROM"] as const) {
        if (!env[key]) ctx.addIssue({ code: "custom", path: [key], message: "is required when MAIL_TRANSPORT=smtp" });
      }
    }
    const oidc = [env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_CLIENT_ID, env.AUTH_OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      for (const key of ["AUTH_OIDC_ISSUER", "AUTH_OIDC_CLIENT_ID", "AUTH_OIDC_CLIENT_SECRET"] as const) {
        if (!env[key]) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: "is required when any of AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID, AUTH_OIDC_CLIENT_SECRET is set",
          });
        }
      }
    }
  });

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment settings:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example.`);
    this.name = "InvalidEnvironmentError";
  }
}

/** Empty strings count as unset, so `FOO=` in a .env file does not fail a format check. */
function withoutEmptyValues(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ""),
  );
}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = envSchema.safeParse(withoutEmptyValues(source));
  if (result.success) return result.data;
  throw new InvalidEnvironmentError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "(environment)"} ${issue.message}`),
  );
}

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Whether to show the demo badge: explicit setting, else every non-production server. */
export function isDemoEnvironment(): boolean {
  const env = getEnv();
  if (env.KK_DEMO_MODE) return env.KK_DEMO_MODE === "true";
  return env.NODE_ENV !== "production";
}
