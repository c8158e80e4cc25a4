import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { ApiKey } from "../twingate/api-key";

/**
 * Salted fingerprint of an API key, the only trace of the key kept in state.
 * Format `hmac-sha256:v1:<salt>:<digest>` (base64url). The salt is random per
 * resource, so equal keys in two states do not look alike and a leaked state
 * cannot be checked against a list of candidate keys without the work of one
 * HMAC per guess per salt (keys are long random strings, so that is infeasible).
 */
const PREFIX = "hmac-sha256:v1:";
const SALT_BYTES = 16;
const DIGEST_BYTES = 16;

export function newSalt(): string {
  return randomBytes(SALT_BYTES).toString("base64url");
}

export function fingerprint(key: ApiKey, salt: string): string {
  const digest = createHmac("sha256", Buffer.from(salt, "base64url")).update(key.reveal(), "utf8").digest().subarray(0, DIGEST_BYTES);
  return `${PREFIX}${salt}:${digest.toString("base64url")}`;
}

/** The salt of a fingerprint written by {@link fingerprint}, or undefined for anything else. */
export function saltOf(value: string | null | undefined): string | undefined {
  if (!value?.startsWith(PREFIX)) return undefined;
  const [salt, digest] = value.slice(PREFIX.length).split(":");
  return salt && digest ? salt : undefined;
}

/** True when `key` is the key that produced `value`. */
export function matchesFingerprint(key: ApiKey, value: string | null | undefined): boolean {
  const salt = saltOf(value);
  if (salt === undefined || value == null) return false;
  const expected = Buffer.from(fingerprint(key, salt));
  const actual = Buffer.from(value);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
