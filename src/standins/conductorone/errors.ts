import { CodedError } from "../../errors";

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
    super(`Missing response body array data (no ${what} matches ${filter}; seed one in the ConductorOne simulator)`);
  }
}

/** The filter a no-match error names: the main one if set, else the query, else "the given filters". */
export function describeFilter(search: Record<string, unknown>, main: string, label: string): string {
  if (typeof search[main] === "string") return `${label} ${JSON.stringify(search[main])}`;
  if (typeof search.query === "string") return `query ${JSON.stringify(search.query)}`;
  return "the given filters";
}
