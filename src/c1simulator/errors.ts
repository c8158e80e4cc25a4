import { CodedError } from "../errors";

/** startConductorOneSimulator() was given options it cannot use. */
export class C1SimulatorOptionsError extends CodedError {
  readonly code = "C1SIM_OPTIONS_INVALID";
}

/** The simulator could not listen on the port asked for. */
export class C1SimulatorListenError extends CodedError {
  readonly code = "C1SIM_LISTEN_FAILED";
}

/** A control call named an object the simulator does not have. */
export class C1SimulatorNotFoundError extends CodedError {
  readonly code = "C1SIM_NOT_FOUND";
}

/** A seed (from code or a seed file) cannot be used: bad JSON, a field of the wrong shape, an id taken twice. */
export class C1SimulatorSeedError extends CodedError {
  readonly code = "C1SIM_SEED_INVALID";
}
