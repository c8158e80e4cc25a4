/** Public surface of the Twingate client. */
export { API_KEY_MAX_CHARS, API_KEY_MIN_CHARS, ApiKey, apiKeyProblem, assertNoKeyIn, InputContainsKeyError, InvalidApiKeyError } from "./api-key";
export { AbortedError, systemClock, type Clock } from "./clock";
export { Deadline } from "./deadline";
export { Destinations, parseBaseUrlTemplate, type BaseUrlTemplate, type DestinationVerdict } from "./destination";
export { GRAPHQL_PATH, resolveEndpoint, validateBaseUrl, type EndpointOptions, type ResolvedEndpoint } from "./endpoint";
export { MAX_RESPONSE_HEADER_BYTES, nodeHttpExchange, type HttpExchange, type HttpRequest, type HttpResponse, type ResponseHeaders } from "./http-exchange";
export { DEFAULT_MAX_RESPONSE_BYTES, MAX_MAX_RESPONSE_BYTES, MIN_MAX_RESPONSE_BYTES } from "./response-body";
export * from "./errors";
export type { TwingateLogEvent, TwingateLogger } from "./log-events";
export { DEFAULT_BASE_DOMAIN, InvalidNetworkError, normalizeNetwork, type TwingateNetwork } from "./network";
export { DEFAULT_PACING, Pacer, sharedPacer, type OperationKind, type PacingLimits } from "./pacer";
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page, type PageInfo } from "./pagination";
export { classifyProbeError, type ProbedPermission, type WriteProbeResult } from "./permission-probe";
export { PROBE_GROUP_ID, WRITE_PROBE_MUTATION } from "./queries";
export { DEFAULT_RETRY, type RetryOptions } from "./retry";
export type { TwingateGroup, TwingateUser } from "./schemas";
export type { TransportStats } from "./transport";
export { CLIENT_VERSION, USER_AGENT } from "./version";
export {
  TwingateClient,
  type CallOptions,
  type GroupFilter,
  type ListOptions,
  type MutationOptions,
  type PageOptions,
  type RequestOptions,
  type StrFilter,
  type TwingateClientOptions,
  type UserAndGroupCounts,
  type UserFilter,
} from "./client";
