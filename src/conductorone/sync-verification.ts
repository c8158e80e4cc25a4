import type { ConductorOneClient } from "./client";
import type { Connector } from "./schemas";
import { syncFindings, waitBudgetFinding, type SyncFinding } from "./sync-findings";
import { currentConfigBasis, isSyncAccepted, syncStateOf, timeOf, type SyncAcceptance, type SyncState } from "./sync-status";
import { waitForSync, type SyncWaitResult, type WaitForSyncOptions } from "./sync-wait";

/**
 * Whether a connector's sync proves its CURRENT config, one implementation for every surface:
 * the `c1twingate_connector_sync` resource (apply waits), the `c1twingate_connector_status`
 * data source (every plan) and `c1-twingate connector status` (with or without --wait).
 * Which sync counts is {@link currentConfigBasis}: the server's clock, only syncs after
 * `configUpdatedAt` (and, after a forced sync, only newer than what was seen before it) — never
 * the local clock, so a skewed laptop or runner changes nothing.
 */

export interface SyncVerdict {
  /** The sync counts: accepted per `accept`, of the current config. */
  accepted: boolean;
  state: SyncState;
  /** All findings (info included); errors say what is wrong and the fix. */
  findings: SyncFinding[];
  /** The basis used (ms, server clock); undefined when the connector has no configUpdatedAt. */
  since: number | undefined;
}

export interface SyncVerdictOptions {
  /** e.g. "connector 2abc… of app 2xyz…". */
  connector: string;
  accept: SyncAcceptance;
  /** For staleness (ms since the epoch, local clock: only compared with the last completion's age). */
  now: number;
  maxAgeMs?: number;
  staleIsError?: boolean;
}

/** The verdict on a connector as read now (no waiting). */
export function syncVerdict(connector: Connector, options: SyncVerdictOptions): SyncVerdict {
  const state = syncStateOf(connector);
  const since = currentConfigBasis(connector);
  const findings = syncFindings(state, { ...options, since, configUpdatedAt: connector.configUpdatedAt });
  // A re-sync running after a completion of the current config: what is shown is still Connected.
  const resyncing = state.label === "syncing" && (timeOf(state.completedAt) ?? -Infinity) > (since ?? -Infinity);
  const accepted = (isSyncAccepted(state, options.accept, since) || resyncing) && !findings.some((f) => f.severity === "error");
  return { accepted, state, findings, since };
}

export interface VerifySyncOptions extends Omit<WaitForSyncOptions, "since" | "sinceConfigUpdate"> {
  /** e.g. "connector 2abc… of app 2xyz…". */
  connector: string;
  /** How this surface raises the budget, e.g. "raise budget_minutes". */
  raiseBudget: string;
  /** How this surface accepts a started sync; omitted when it already does. */
  acceptStarted?: string;
  /** For the findings' ages; default Date.now(). */
  now?: () => number;
}

export interface SyncVerification {
  result: SyncWaitResult;
  accepted: boolean;
  /** On success the state's findings; otherwise the errors that explain the failure and the fix. */
  findings: SyncFinding[];
}

/** Wait (within the budget) for a sync of the connector's current config, and explain the outcome. */
export async function verifyConnectorSync(client: ConductorOneClient, options: VerifySyncOptions): Promise<SyncVerification> {
  const { connector, raiseBudget, acceptStarted, now, ...wait } = options;
  const result = await waitForSync(client, { ...wait, sinceConfigUpdate: true });
  const accept = options.accept ?? "completed";
  const at = (now ?? Date.now)();
  if (result.outcome === "accepted") {
    return { result, accepted: true, findings: syncFindings(result.state, { connector, accept, now: at }) };
  }
  const findings =
    result.outcome === "failed"
      ? syncFindings(result.state, { connector, accept, now: at }).filter((f) => f.severity === "error")
      : [
          waitBudgetFinding(result.state, {
            connector,
            budgetMs: options.budgetMs,
            raiseBudget,
            ...(acceptStarted === undefined ? {} : { acceptStarted }),
            ...(result.since === undefined ? {} : { since: result.since }),
            ...(result.sinceReason === "config-update" || result.sinceReason === "forced-sync" ? { sinceReason: result.sinceReason } : {}),
          }),
        ];
  return { result, accepted: false, findings };
}
