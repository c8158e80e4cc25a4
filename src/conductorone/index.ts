/** Public surface of the ConductorOne client (a peer of the Twingate client; knows nothing of Terraform). */
export { ASSERTION_LIFETIME_S, clientAssertion, signCompactJws } from "./assertion";
export { systemClock as realClock, type Clock } from "../clock";
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
  type KnownSyncStatus,
  type SyncStatusValue,
  syncStatusText,
  type User,
} from "./schemas";
export { Secret } from "./secret";
export { MAX_SERVER_TEXT, ServerTextRedactor, type HasSecretParts } from "./server-text";
export { C1_ID_PATTERN, C1_ID_RULE, c1IdProblem, idSegment, isC1Id } from "./ids";
export { parseTimestamp, timestampMs, type Timestamp } from "./timestamp";
export { normalizeTenant, serverFromClientId, type C1Server } from "./server-url";
export { syncFindings, waitBudgetFinding, type SyncFinding, type SyncFindingCode, type SyncFindingOptions, type WaitBudgetOptions } from "./sync-findings";
export { completionPredatesConfig, currentConfigBasis, isSyncAccepted, isSyncFailed, syncStateOf, timeOf, UI_LABELS, type SyncAcceptance, type SyncLabel, type SyncState } from "./sync-status";
export { syncVerdict, verifyConnectorSync, type SyncVerdict, type SyncVerdictOptions, type SyncVerification, type VerifySyncOptions } from "./sync-verification";
export { waitForSync, type SyncWaitOutcome, type SyncWaitResult, type WaitForSyncOptions } from "./sync-wait";
export { explainTwingateSyncError, type TwingateSyncCause, type TwingateSyncErrorExplanation } from "./twingate-sync-error";
export type { C1LogEvent } from "./transport";
