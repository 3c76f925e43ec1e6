import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt cost at OWASP's Password Storage Cheat Sheet minimum (N = 2^17, r = 8, p = 1). It needs 128 · N · r =
 * 128 MiB of memory per hash, above Node's default `maxmem` of 32 MiB, so `maxmem` is raised with headroom.
 */
export const SCRYPT_PARAMS: Readonly<ScryptParams> = { N: 2 ** 17, r: 8, p: 1 };

/** scrypt's cost parameters: CPU/memory cost N (a power of two), block size r, parallelism p. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = {
    ...params,
    maxmem: 128 * params.N * params.r * params.p + 64 * 1024 * 1024,
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/**
 * Hashes a password into a self-describing string `scrypt$N$r$p$salt$key` (salt and key base64url), so the cost
 * can be raised later and old hashes still verify. The password is NFC-normalised first, so the same Vietnamese
 * text typed on two keyboards matches. `params` other than {@link SCRYPT_PARAMS} are for tests only.
 */
export async function hashPassword(password: string, params: ScryptParams = SCRYPT_PARAMS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const { N, r, p } = params;
  const key = await derive(password, salt, params);
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** True when `password` matches `stored`; compares in constant time. A malformed stored string never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (!N || !r || !p || !Number.isInteger(Math.log2(N))) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  if (expected.length !== KEY_BYTES || salt.length === 0) return false;
  const actual = await derive(password, salt, { N, r, p });
  return timingSafeEqual(actual, expected);
}

/** True when a stored hash has other parameters than `params` (rehash it at the next successful login). */
export function needsRehash(stored: string, params: ScryptParams = SCRYPT_PARAMS): boolean {
  const [, N, r, p] = stored.split('$').map(Number);
  return N !== params.N || r !== params.r || p !== params.p;
}
