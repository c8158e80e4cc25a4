import { CodedError } from "../errors";

/** startSimulator/setOptions received options that cannot work. */
export class SimulatorOptionsError extends CodedError {
  readonly code = "SIM_INVALID_OPTIONS";
}

/** generateTenant received a spec it cannot build. */
export class TenantSpecError extends CodedError {
  readonly code = "SIM_INVALID_TENANT_SPEC";
}

/** faults.push received something that is not a known fault. */
export class FaultSpecError extends CodedError {
  readonly code = "SIM_INVALID_FAULT";
}

/** revoke/addToken referred to a token the network does not (or already) hold. */
export class SimulatorTokenError extends CodedError {
  readonly code = "SIM_TOKEN";
}

/** A simulator config file (`c1-twingate simulator --config`) that does not decode. */
export class SimulatorConfigError extends CodedError {
  readonly code = "SIM_INVALID_CONFIG";
}

/** The HTTP server could not listen (port taken, no permission). */
export class SimulatorListenError extends CodedError {
  readonly code = "SIM_LISTEN_FAILED";
}

/** Renders zod issues as "path: message; ..." for error messages. */
export function describeIssues(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): string {
  return issues
    .map((i) => `${i.path.length ? i.path.map(String).join(".") : "(root)"}: ${i.message}`)
    .join("; ");
}
