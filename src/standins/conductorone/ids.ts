import { randomBytes } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function base62(length: number): string {
  let out = "";
  for (const b of randomBytes(length)) out += BASE62[b % 62];
  return out;
}

/** A 27-character base62 id, the shape of ConductorOne's KSUIDs (not time-ordered: order lives in the event log). */
export function newId(): string {
  return base62(27);
}

/**
 * RFC 3339 timestamp to the second, as the provider stores the API's times
 * (time.Time formatted with time.RFC3339: no fractional seconds).
 */
export function nowRfc3339(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/**
 * A connector credential's client id, in ConductorOne's `<random-id>@<host>/<use-case>` format.
 * The use-case suffix of connector credentials is not published; the stand-in uses `ccc`.
 */
export function newClientId(): string {
  return `standin-${base62(10).toLowerCase()}@standin.conductor.one/ccc`;
}

/** A client secret: random, never written to the stand-in's file. */
export function newSecret(): string {
  return `secret-token:${base62(43)}`;
}
