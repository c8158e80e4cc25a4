// The response size caps alone, without the body reader (zod, zlib): the provider validates its
// `max_response_bytes` setting in every process, and loads the client only when it checks.

/** Default cap on a response body, compressed and decompressed alike: 16 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;
/** Accepted cap range: 64 KiB (a preview page of 100 groups is ~1 MB) to 1 GiB. */
export const MIN_MAX_RESPONSE_BYTES = 64 * 1024;
export const MAX_MAX_RESPONSE_BYTES = 1024 * 1024 * 1024;
