/** Sync preview: what ConductorOne's Twingate connector would sync, counted from the live API. */
export {
  DEFAULT_TIME_BUDGET_MS,
  previewSync,
  type ClientPreviewOptions,
  type ConnectPreviewOptions,
  type SyncPreviewOptions,
} from "./preview/sync";
export { PreviewOptionsError } from "./preview/errors";
export { PREVIEW_CODES, formatDuration } from "./preview/findings";
export type { StopState } from "./preview/result";
export {
  extraMemberPagesFor,
  MEMBER_PAGES_PER_REQUEST,
  pagesFor,
  requestLowerBound,
  type MemberList,
  type RequestPlanInput,
} from "./preview/request-plan";
export * from "./preview/types";
export {
  CONNECTOR_MODELS,
  CONNECTOR_VERSIONS,
  connectorSyncRequests,
  DEFAULT_CONNECTOR_VERSION,
  isConnectorVersion,
  roleGrantOf,
  type ConnectorModel,
  type ConnectorRole,
  type ConnectorSyncRequests,
  type ConnectorVersion,
} from "./preview/connector-model";
