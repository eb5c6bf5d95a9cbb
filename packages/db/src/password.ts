import { hash, verify } from "@node-rs/argon2";

// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolatedModules cannot import).
// RFC 9106 second recommended option (64 MiB, t=3); OWASP’s minimum (19 MiB, t=2) measured
// only ~10 ms here, see `npm run bench`. Hashes carry their parameters: old ones still verify.
const options = { algorithm: 2, memoryCost: 65_536, timeCost: 3, parallelism: 1 } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, options);
}

export async function verifyPassword(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    return false;
  }
}
