/**
 * ConductorOne API simulator: a loopback HTTPS tenant with its own test CA — token endpoint
 * (Ed25519 client assertion, OIDC exchange, ready tokens), apps, connectors whose sync status
 * advances on an injectable clock (driven, for Twingate connectors, by a Twingate endpoint),
 * connector credentials and owners (users and app entitlements), users, apps and app
 * entitlements seeded from code or a seed file, paging and injected 429/5xx faults.
 */
export { startConductorOneSimulator, type ConnectorSnapshot, type RequestRecord, type RunningConductorOneSimulator } from "./server";
export { DEMO_USERS, type ConductorOneSimulatorOptions, type DeletedConnectorRead } from "./options";
export type { ClientCredentialPair, OidcTrust, TokenAttempt } from "./auth";
export type { C1Fault } from "./faults";
export { C1_CONTROL_PREFIX, C1_CONTROL_ROUTES } from "./control";
export type { AppEntitlementRecord, AppRecord, ChangeRecord, ChangedObject, SyncBehaviour, UserRecord } from "./store";
export { parseSeed, readSeedFile, type SeedApp, type SeedAppEntitlement, type SeedUser, type SimulatorSeed } from "./seed";
export { KSUID_PATTERN } from "./ids";
export { generateSimulatorPki, type SimulatorPki } from "./certificates";
export { C1SimulatorListenError, C1SimulatorNotFoundError, C1SimulatorOptionsError, C1SimulatorSeedError } from "./errors";
