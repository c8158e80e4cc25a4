/**
 * What the provider's checks need from the engine (client, reconciler, zod, graphql):
 * most of the provider's code. The bundle embeds it as text and compiles it on first use
 * (see load-engine.ts), so the many provider processes that never check anything start fast.
 */
export { checkCredentials } from "../reconciler/credentials";
export { previewSync } from "../reconciler/preview";
export {
  ConductorOneClient,
  ConductorOneError,
  C1NotFoundError,
  resolveConductorOne,
  syncFindings,
  syncStateOf,
  syncVerdict,
  verifyConnectorSync,
  waitBudgetFinding,
  waitForSync,
} from "../conductorone";
