import type { PrivateData } from "./define";

/** Private state travels as opaque bytes; this framework keeps JSON in them. */
export function decodePrivate(bytes: Uint8Array | undefined | null): PrivateData {
  if (!bytes || bytes.length === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.from(bytes).toString("utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as PrivateData) : {};
  } catch {
    // Bytes written by another provider implementation: start afresh rather than fail every plan.
    return {};
  }
}

export function encodePrivate(data: PrivateData): Buffer {
  return Object.keys(data).length === 0 ? Buffer.alloc(0) : Buffer.from(JSON.stringify(data));
}
