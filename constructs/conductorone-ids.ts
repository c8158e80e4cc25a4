import { Token } from "./core";
import { quote } from "./prop-values";

/**
 * ConductorOne object ids are KSUIDs (segmentio/ksuid): 20 bytes (a 4-byte timestamp and a
 * 16-byte payload) written as 27 characters of base62 (`0-9A-Za-z`). The API documents catalog
 * ids as "27-character KSUID" and every id the provider hard-codes has that shape
 * (conductorone-api.md §2.4). Not every 27-character string is one: 62^27 exceeds 2^160, and
 * ksuid.Parse refuses anything above `aWgEPTl1tmebfsQzFP4bxwgy80V` (`maxStringEncoded`, ksuid.go),
 * while the all-zero `000000000000000000000000000` is its `Nil`, which names nothing. A literal id
 * outside those bounds cannot name an object, and Terraform would replace the working integration
 * (app_id forces replacement) before ConductorOne refused it.
 */
export const KSUID = /^[0-9A-Za-z]{27}$/;
/** The largest KSUID (2^160 - 1), segmentio/ksuid `maxStringEncoded`. */
export const MAX_KSUID = "aWgEPTl1tmebfsQzFP4bxwgy80V";
/** segmentio/ksuid `Nil`: a valid encoding, but no object's id. */
export const NIL_KSUID = "000000000000000000000000000";

/**
 * Whether a string is a KSUID that can name an object. The base62 alphabet is in ASCII order, so
 * for 27 characters comparing the text compares the numbers.
 */
export function isKsuid(value: string): boolean {
  return KSUID.test(value) && value <= MAX_KSUID && value !== NIL_KSUID;
}

/** The problem with a literal ConductorOne id, phrased for the props error list; none for a token. */
export function ksuidProblems(where: string, what: string, value: unknown): string[] {
  if (typeof value === "string" && (Token.isUnresolved(value) || isKsuid(value))) return [];
  const why =
    typeof value === "string" && KSUID.test(value)
      ? value === NIL_KSUID
        ? " (the nil KSUID, which names no object)"
        : ` (above the largest KSUID, "${MAX_KSUID}")`
      : "";
  return [`${where} must be a conductorone ${what} id (a KSUID: 27 letters and digits, such as "2GkPvCsvc6nHg5ThWebYO3tvKEZ"), got ${quote(value)}${why}`];
}
