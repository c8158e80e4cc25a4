/** Public surface of the ConductorOne client (a peer of the Twingate client; knows nothing of Terraform). */
export { ASSERTION_LIFETIME_S, clientAssertion, signCompactJws } from "./assertion";
export { realClock, type Clock } from "./clock";
export { parseClientSecret, type ClientSecret } from "./client-secret";
export {
  BATON_CATALOG_ID,
  ConductorOneClient,
  TWINGATE_CATALOG_ID,
  twingateConnectorConfig,
  USER_AGENT,
  type AppInput,
  type CallOptions,
  type ConductorOneClientOptions,
  type CreateAppInput,
  type SearchAppsRequest,
  type SearchUsersRequest,
  type Page,
  type PageOptions,
} from "./client";
export { C1_ENV, resolveConductorOne, type ConductorOneAuth, type ConductorOneSettings, type ResolvedConductorOne } from "./credentials";
export * from "./errors";
export { resolveCa } from "./http";
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry";
export {
  ENV_CONFIG_TYPE,
  SYNC_STATUSES,
  type App,
  type AppEntitlement,
  type Connector,
  type ConnectorCredential,
  type ConnectorOwnerEntitlement,
  type ConnectorOwnerUser,
  type ConnectorStatus,
  type User,
} from "./schemas";
export { Secret } from "./secret";
export { neutralize, redactSecrets, sanitizeServerText, type RedactionNeedle } from "./server-text";
export { normalizeTenant, serverFromClientId, type C1Server } from "./server-url";
export { syncFindings, waitBudgetFinding, type SyncFinding, type SyncFindingCode, type SyncFindingOptions, type WaitBudgetOptions } from "./sync-findings";
export { isSyncAccepted, isSyncFailed, syncStateOf, timeOf, UI_LABELS, type SyncAcceptance, type SyncLabel, type SyncState } from "./sync-status";
export { waitForSync, type SyncWaitOutcome, type SyncWaitResult, type WaitForSyncOptions } from "./sync-wait";
export { explainTwingateSyncError, type TwingateSyncCause, type TwingateSyncErrorExplanation } from "./twingate-sync-error";
export type { C1LogEvent } from "./transport";
