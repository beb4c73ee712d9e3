// Object keys: the one shape every storage implementation accepts, so a key can never climb out of
// the file-system root ("../"), hide as a dot-file, or mean different objects on fs and S3.
// Pure (no Node or Next import): unit-tested in __tests__/unit/storage/keys.test.ts.

/** Segments of letters, digits, "-", "_" and "." that never start with "." (no "..", no ".meta"). */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const MAX_KEY_LENGTH = 512;

export function isSafeKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split("/").every((segment) => SEGMENT.test(segment));
}

export function assertSafeKey(key: string): string {
  if (!isSafeKey(key)) throw new Error(`Unsafe storage key: ${JSON.stringify(key.slice(0, 80))}`);
  return key;
}

/**
 * A fresh key under `prefix` ("documents/<contestId>"): random, so a replaced file gets a new key
 * and a cached copy of the old one can never be served for the new one.
 */
export function newObjectKey(prefix: string, extension: string, random: () => string = () => crypto.randomUUID()): string {
  return assertSafeKey(`${prefix}/${random()}.${extension}`);
}
