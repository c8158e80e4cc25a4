import { CodedError } from "../../errors";

/**
 * A data source's search found nothing. The real provider's data sources take the first hit of
 * `POST /api/v1/search/...` and, on an empty list, fail with exactly this diagnostic
 * (`RefreshFromShared...Response` in `*_data_source_sdk.go`, v1.5.0): the stand-in gives the same,
 * so a test, the demo and a user see what the official provider shows.
 */
export class StandinNoMatchError extends CodedError {
  readonly code = "C1_STANDIN_NO_MATCH";
  readonly summary = "Unexpected response from API";
  readonly detail = "Missing response body array data.";
  constructor() {
    super("Unexpected response from API: Missing response body array data.");
  }
}
