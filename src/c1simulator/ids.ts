import { randomBytes } from "node:crypto";

/**
 * KSUIDs (27 base62 characters, time-sortable: a 4-byte timestamp in seconds since
 * 2014-05-13T16:53:20Z, then 16 random bytes; https://github.com/ksuid/ksuid). ConductorOne
 * documents catalog ids as KSUIDs; that app, connector and credential ids are KSUIDs too is
 * UNVERIFIED (reference §2.4), but all ids the provider hard-codes have this shape.
 */

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const KSUID_EPOCH_S = 1_400_000_000;
export const KSUID_PATTERN = /^[0-9A-Za-z]{27}$/;

export function ksuid(nowMs: number, random: Buffer = randomBytes(16)): string {
  const bytes = Buffer.alloc(20);
  bytes.writeUInt32BE(Math.max(0, Math.floor(nowMs / 1000) - KSUID_EPOCH_S) >>> 0, 0);
  random.copy(bytes, 4, 0, 16);
  let n = BigInt(`0x${bytes.toString("hex")}`);
  let out = "";
  while (n > 0n) {
    out = BASE62[Number(n % 62n)] + out;
    n /= 62n;
  }
  return out.padStart(27, "0");
}

/** A random url-safe token with a prefix saying what it is (never mistaken for a real credential). */
export function opaqueToken(prefix: string, bytes = 24): string {
  return `${prefix}${randomBytes(bytes).toString("base64url")}`;
}
