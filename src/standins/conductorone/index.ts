/**
 * The ConductorOne stand-in provider (demos and tests only; see README.md here). It keeps its
 * objects in a ConductorOne API: start the simulator (src/c1simulator), seed it, and give the
 * provider process `simulator.providerEnv(caFile)`.
 */
export { conductoroneStandin, STANDIN_VERSION, STANDIN_HOSTNAME, STANDIN_NAMESPACE, STANDIN_TYPE } from "./provider";
export { StandinNoMatchError } from "./errors";
