import type { StandinStore } from "./store";

/** What the stand-in's `configure` hands to every resource and data source. */
export interface StandinContext {
  store: StandinStore;
}
