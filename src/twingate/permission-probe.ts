import {
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

/** The probe succeeded (ok:true) on a group that cannot exist: nothing to conclude. */
export function classifyProbeSuccess(): WriteProbeResult {
  return { permission: "unknown", evidence: "the probe mutation returned ok:true for a group that should not exist" };
}

export function classifyProbeError(error: TwingateError): WriteProbeResult {
  if (error instanceof TwingateUnauthorizedError) {
    return { permission: "none", evidence: "HTTP 401: the key was not accepted", error };
  }
  if (error instanceof TwingateForbiddenError) {
    const said = error.serverMessages.length > 0 ? `: ${error.serverMessages.join("; ")}` : "";
    return { permission: "read", evidence: `the mutation was refused with HTTP 403${said}`, error };
  }
  if (error instanceof TwingateGraphQLErrorsError) {
    const messages = error.errors.map((e) => e.message).join("; ");
    if (DENIED.test(messages)) return { permission: "read", evidence: `the mutation was refused: ${messages}`, error };
    return { permission: "unknown", evidence: `the mutation returned GraphQL errors: ${messages}`, error };
  }
  if (error instanceof TwingateMutationFailedError) {
    const said = error.error ?? "";
    if (DENIED.test(said)) return { permission: "read", evidence: `the mutation returned ok:false: ${said}`, error };
    if (MISSING.test(said)) {
      return { permission: "write", evidence: `the mutation was accepted and reached the lookup: ${said}`, error };
    }
    return { permission: "unknown", evidence: `the mutation returned ok:false: ${said || "(no error message)"}`, error };
  }
  return { permission: "unknown", evidence: `${error.code}: ${error.message}`, error };
}
