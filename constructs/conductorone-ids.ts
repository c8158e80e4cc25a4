import { Token } from "./core";
import { quote } from "./prop-values";

/**
 * ConductorOne object ids are KSUIDs: 27 characters of base62 (`0-9A-Za-z`). The API
 * documents catalog ids as "27-character KSUID" and every id the provider hard-codes has
 * that shape (conductorone-api.md §2.4, citing the KSUID spec); a literal app id of any
 * other shape cannot name an app, and Terraform would replace the working integration
 * (app_id forces replacement) before ConductorOne refuses it.
 */
export const KSUID = /^[0-9A-Za-z]{27}$/;

/** The problem with a literal ConductorOne id, phrased for the props error list; none for a token. */
export function ksuidProblems(where: string, what: string, value: unknown): string[] {
  if (typeof value === "string" && (Token.isUnresolved(value) || KSUID.test(value))) return [];
  return [`${where} must be a conductorone ${what} id (a KSUID: 27 letters and digits, such as "2GkPvCsvc6nHg5ThWebYO3tvKEZ"), got ${quote(value)}`];
}
