/**
 * The ConductorOne stand-in provider (demos and tests only; see README.md here).
 * Tests and the demo use these to seed its tenant file and read what it created.
 */
export { conductoroneStandin, STANDIN_VERSION, STANDIN_HOSTNAME, STANDIN_NAMESPACE, STANDIN_TYPE } from "./provider";
export {
  DEFAULT_STATE_FILE,
  STATE_FILE_ENV,
  STATE_FILE_VERSION,
  StandinStore,
  emptyState,
  readStandinState,
  seedStandinState,
  stateFilePath,
  type StandinApp,
  type StandinAppEntitlement,
  type StandinConnectorCredential,
  type StandinConnectorOwner,
  type StandinConnectorOwnerEntitlement,
  type StandinEvent,
  type StandinIntegration,
  type StandinSeed,
  type StandinState,
  type StandinUser,
} from "./store";
export { JsonFileTenant, type ConductorOneTenant } from "./tenant";
export { SECRET_MARKER } from "./secrets";
export { StandinNoMatchError, StandinReferenceError, StandinStateFileError } from "./errors";
