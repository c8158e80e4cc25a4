import type { ConductorOneTenant } from "./tenant";

/** What the stand-in's `configure` hands to every resource and data source. */
export interface StandinContext {
  tenant: ConductorOneTenant;
}
