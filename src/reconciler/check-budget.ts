// The credential check's default time budget alone, without the check (client, zod, graphql): the
// provider reads it in every process, and loads the check only when it runs one.

/** Room for one 60 s Retry-After wait and the requests around it; a healthy check takes under a second. */
export const DEFAULT_CHECK_TIME_BUDGET_MS = 90_000;
