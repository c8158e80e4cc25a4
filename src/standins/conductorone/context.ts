import type { ConductorOneClient } from "../../conductorone";

/** What the stand-in's `configure` hands to every resource and data source: the ConductorOne API. */
export interface StandinContext {
  api: ConductorOneClient;
}
