import { CodedError } from "../errors";

/** Wrong flags or environment: the CLI prints the message and exits with code 2. */
export class UsageError extends CodedError {
  readonly code = "CLI_USAGE";
}

export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;
