/**
 * Twingate API simulator: a real GraphQL server on 127.0.0.1 that behaves like
 * the Twingate Admin API (auth, permissions, Relay pagination, rate limits,
 * shard redirects, injected faults) over deterministic generated tenants.
 */
export { startSimulator, type RunningSimulator, type SimulatorStats } from "./server";
export type { SimulatorOptions, SimulatorPatch } from "./options";
export { DEMO_KEYS, DEMO_NETWORKS } from "./demo";
export {
  SimulatedNetwork,
  type NetworkSpec,
  type TokenInfo,
  type TokenPermission,
  type TokenRef,
  type TokenSpec,
} from "./network";
export { generateTenant } from "./generate";
export { Tenant, type GroupRecord, type UserRecord } from "./tenant";
export type {
  ExtraGroupSpec,
  ExtraUserSpec,
  TenantSpec,
  UnknownRoleSpec,
  UnknownValueSpec,
  UnknownValuesSpec,
} from "./tenant-spec";
export type { GroupSummaryRow, TenantSummary } from "./summary";
export {
  ADMIN_ROLES,
  GROUP_TYPES,
  USER_ROLES,
  USER_STATES,
  USER_TYPES,
  type Counts,
  type GroupType,
  type Keyed,
  type OrUnknown,
  type UserRole,
  type UserState,
  type UserType,
  type Vocabulary,
} from "./vocabulary";
export { SCENARIO_NAMES, isScenarioName, tenantScenario, type ScenarioName, type TenantScenario } from "./scenarios";
export { parseSimulatorConfig, type SimulatorConfig } from "./config-file";
export { CONTROL_PREFIX, CONTROL_ROUTES, ControlRequestError } from "./control";
export { parseFault, type Fault, type FaultMethod } from "./faults";
export type { ReadOnlyMutationMode } from "./schema";
export {
  GROUP_NOT_FOUND,
  OTHER_GROUP_REFUSED,
  READ_ONLY_ERROR,
  READ_ONLY_OK_FALSE,
  SYNCED_GROUP_REFUSED,
  SYSTEM_GROUP_REFUSED,
} from "./schema";
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, toGlobalId, parseGlobalId, offsetToCursor, cursorToOffset } from "./relay";
export {
  FaultSpecError,
  SimulatorConfigError,
  SimulatorListenError,
  SimulatorOptionsError,
  SimulatorTokenError,
  TenantSpecError,
} from "./errors";
