import { CodedError } from "../../errors";

/** The stand-in's JSON file exists but is not a stand-in state file (or is from another version). */
export class StandinStateFileError extends CodedError {
  readonly code = "C1_STANDIN_STATE_FILE";
  constructor(path: string, problem: string, options?: { cause?: unknown }) {
    super(
      `the ConductorOne stand-in state file ${path} is not usable: ${problem}. ` +
        "Delete it (the stand-in starts empty) or point C1_STANDIN_STATE_FILE at another file.",
      options,
    );
  }
}

/**
 * A search found nothing. The text is the one the real provider gives when
 * `POST /api/v1/search/...` returns an empty list, so tests see the same failure.
 */
export class StandinNoMatchError extends CodedError {
  readonly code = "C1_STANDIN_NO_MATCH";
  constructor(
    readonly what: string,
    readonly filter: string,
  ) {
    super(`Missing response body array data (no ${what} matches ${filter}; seed one in the stand-in state file)`);
  }
}

/** A resource refers to an object the stand-in does not hold (a 404 from the real API). */
export class StandinReferenceError extends CodedError {
  readonly code = "C1_STANDIN_REFERENCE";
  constructor(what: string, id: string, fix: string) {
    super(`${what} "${id}" does not exist in the ConductorOne stand-in. ${fix}`);
  }
}
