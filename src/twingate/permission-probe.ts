import { listWithRest } from "../untrusted-text";
import {
  MAX_QUOTED_MESSAGES,
  TwingateError,
  TwingateForbiddenError,
  TwingateGraphQLErrorsError,
  TwingateMutationFailedError,
  TwingateUnauthorizedError,
} from "./errors";

/**
 * Reading the answer to the write probe (reference §5). Twingate documents no way to ask a
 * key's permission level, so the client attempts a mutation that cannot change anything and
 * reads how it fails. What the answer cannot settle is reported as "unknown", never guessed.
 *
 * Only an answer from Twingate is evidence about the key: a 401, a 403, GraphQL errors, or the
 * mutation's ok:false. A fault on the way (5xx, timeout, reset, an HTML page, a refused
 * redirect, a garbled body) says nothing about the key: {@link isProbeAnswer} is false for it
 * and the caller reports the fault as what it is, on the endpoint.
 */

export type ProbedPermission = "none" | "read" | "write" | "unknown";

export interface WriteProbeResult {
  permission: ProbedPermission;
  /** What was seen, in words, for findings (never the key). */
  evidence: string;
  /** The error behind the answer, when there was one. */
  error?: TwingateError;
}

const DENIED = /permission|not (allowed|authori[sz]ed)|forbidden|read[- ]?only|denied/i;
const MISSING = /does not exist|not found/i;

/** Is this error Twingate's answer to the probe (evidence about the key), rather than a fault? */
export function isProbeAnswer(error: TwingateError): boolean {
  return (
    error instanceof TwingateUnauthorizedError ||
    error instanceof TwingateForbiddenError ||
    error instanceof TwingateGraphQLErrorsError ||
    error instanceof TwingateMutationFailedError
  );
}

/** The probe succeeded (ok:true) on a group that cannot exist: nothing to conclude. */
export function classifyProbeSuccess(): WriteProbeResult {
  return { permission: "unknown", evidence: "the probe mutation returned ok:true for a group that should not exist" };
}

/** Classify one of the answers {@link isProbeAnswer} accepts. */
export function classifyProbeError(error: TwingateError): WriteProbeResult {
  if (error instanceof TwingateUnauthorizedError) {
    return { permission: "none", evidence: "HTTP 401: the key was not accepted", error };
  }
  if (error instanceof TwingateForbiddenError) {
    const said = error.serverMessages.length > 0 ? `: ${error.serverMessages.join("; ")}` : "";
    return { permission: "read", evidence: `the mutation was refused with HTTP 403${said}`, error };
  }
  if (error instanceof TwingateGraphQLErrorsError) {
    // Matched on the text as received; shown only neutralised.
    const received = error.errors.map((e) => e.message.value).join("; ");
    const shown = listWithRest(error.errors.map((e) => String(e.message)), MAX_QUOTED_MESSAGES);
    if (DENIED.test(received)) return { permission: "read", evidence: `the mutation was refused: ${shown}`, error };
    return { permission: "unknown", evidence: `the mutation returned GraphQL errors: ${shown}`, error };
  }
  if (error instanceof TwingateMutationFailedError) {
    const received = error.error?.value ?? "";
    const shown = error.error === null || received === "" ? "(no error message)" : String(error.error);
    if (DENIED.test(received)) return { permission: "read", evidence: `the mutation returned ok:false: ${shown}`, error };
    if (MISSING.test(received)) {
      return { permission: "write", evidence: `the mutation was accepted and reached the lookup: ${shown}`, error };
    }
    return { permission: "unknown", evidence: `the mutation returned ok:false: ${shown}`, error };
  }
  return { permission: "unknown", evidence: `${error.code}: ${error.message}`, error };
}
