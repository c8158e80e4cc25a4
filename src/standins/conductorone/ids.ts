import { randomBytes } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A 27-character base62 id, the shape of ConductorOne's KSUIDs (not time-ordered: order lives in the event log). */
export function newId(): string {
  const bytes = randomBytes(27);
  let id = "";
  for (const b of bytes) id += BASE62[b % 62];
  return id;
}

/** RFC 3339 timestamp with milliseconds, as the API returns them. */
export function nowRfc3339(): string {
  return new Date().toISOString();
}
