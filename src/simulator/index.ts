/**
 * Twingate API simulator: a real GraphQL server on 127.0.0.1 that behaves like
 * the Twingate Admin API (auth, permissions, Relay pagination, rate limits,
 * shard redirects, injected faults) over deterministic generated tenants.
 */
export { startSimulator, type RunningSimulator, type SimulatorStats } from "./server";
export type { SimulatorOptions, SimulatorPatch } from "./options";
export { DEMO_KEYS, DEMO_NETWORKS } from "./demo";
export { SimulatedNetwork, type NetworkSpec, type TokenPermission, type TokenSpec } from "./network";
export {
  generateTenant,
  Tenant,
  GROUP_TYPES,
  USER_ROLES,
  USER_STATES,
  USER_TYPES,
  type ExtraGroupSpec,
  type GroupRecord,
  type GroupType,
  type TenantSpec,
  type TenantSummary,
  type UserRecord,
  type UserRole,
  type UserState,
  type UserType,
} from "./tenant";
export type { Fault, FaultMethod } from "./faults";
export type { ReadOnlyMutationMode } from "./schema";
export {
  GROUP_NOT_FOUND,
  READ_ONLY_ERROR,
  READ_ONLY_OK_FALSE,
  SYNCED_GROUP_REFUSED,
  SYSTEM_GROUP_REFUSED,
} from "./schema";
export { toGlobalId, parseGlobalId, offsetToCursor, cursorToOffset } from "./relay";
export { FaultSpecError, SimulatorListenError, SimulatorOptionsError, SimulatorTokenError, TenantSpecError } from "./errors";
