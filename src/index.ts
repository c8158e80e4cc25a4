/**
 * Public API of the engine (no CDKTF): the Twingate client, the reconciler (credential
 * check and sync preview), the simulator, the ConductorOne client (namespace `conductorone`,
 * its names would clash with the Twingate client's) and the ConductorOne simulator. The CDKTF constructs are exported from
 * `constructs/index.ts`.
 */
export * from "./twingate";
export { checkCredentials, DEFAULT_CHECK_TIME_BUDGET_MS, type CheckCredentialsOptions } from "./reconciler/credentials";
export { findingForError, type ClassifyContext } from "./reconciler/error-findings";
export {
  fillTemplate,
  forSurface,
  NEUTRAL_SETTING_NAMES,
  renderFix,
  type SettingFix,
  type SettingId,
  type SettingNames,
  type SettingValues,
} from "./reconciler/settings";
export type * from "./reconciler/types";
export * from "./reconciler/preview";
export {
  parseSimulatorConfig,
  type SimulatorConfig,
  startSimulator,
  generateTenant,
  DEMO_KEYS,
  DEMO_NETWORKS,
  type RunningSimulator,
  type SimulatorOptions,
  type NetworkSpec,
  type TokenSpec,
  type TenantSpec,
} from "./simulator";
export * as conductorone from "./conductorone";
export {
  startConductorOneSimulator,
  type ConductorOneSimulatorOptions,
  type RunningConductorOneSimulator,
  type SyncBehaviour,
} from "./c1simulator";
export { CodedError } from "./errors";
export { MIN_ECHO_CHARS, SecretEchoes } from "./secret-echoes";
export { guardJson, guardLines, listWithRest, neutralise, quoted, UNTRUSTED_TEXT_MAX_CHARS, UntrustedText } from "./untrusted-text";
export { VERSION } from "./version";
