/** The shared clock (src/clock.ts), under the name the Twingate client's modules import. */
export { AbortedError, abortableSleep, systemClock, type Clock } from "../clock";
