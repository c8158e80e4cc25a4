import { AbortedError, systemClock, type Clock } from "../clock";
import type { ConductorOneClient } from "./client";
import { C1CancelledError } from "./errors";
import type { Connector } from "./schemas";
import { currentConfigBasis, isSyncAccepted, isSyncFailed, syncStateOf, timeOf, type SyncAcceptance, type SyncState } from "./sync-status";

/**
 * Poll a connector until its sync is accepted, fails, or the budget runs out (reference §6.1:
 * poll `GET …/connectors/{id}`, optionally `force_sync` first, budget minutes not seconds).
 * Never throws for a sync outcome: the caller decides what a failure or an exhausted budget
 * means. API failures (C1_*) are thrown.
 *
 * Which sync counts is decided on the server's clock where it can be: with `sinceConfigUpdate`
 * only a sync of the connector's current config (completed, or failed, after `configUpdatedAt`);
 * with `forceSync` only one newer than every timestamp the connector showed just before the
 * force. A local `since` is compared with server times too, so it is exposed to clock skew.
 */

export interface WaitForSyncOptions {
  appId: string;
  connectorId: string;
  /** How long to wait in total, in ms. */
  budgetMs: number;
  /** Time between polls, in ms. Default 15 000. */
  pollIntervalMs?: number;
  /** Default "completed". */
  accept?: SyncAcceptance;
  /** Queue a sync before the first poll. */
  forceSync?: boolean;
  /** Only syncs started or completed after this time (ms) count. */
  since?: number;
  /**
   * Only syncs of the connector's current configuration count: a completion or an error stamped
   * after `configUpdatedAt` (an older error is the old key's, an older completion proves nothing
   * about the new one). Ignored when the connector has no `configUpdatedAt`.
   */
  sinceConfigUpdate?: boolean;
  /**
   * When the first read shows the current config's sync FAILED (an error, not a pause), queue
   * one new sync (once) and wait for it instead of reporting the old failure: after the cause
   * is fixed outside ConductorOne (a key re-enabled, a network fixed), "apply again" must prove
   * the fix. Safe: force_sync only queues a sync (reference §3.2); it changes no data.
   */
  retryFailed?: boolean;
  clock?: Clock;
  signal?: AbortSignal;
  /** After every poll; `changed` when the label differs from the previous poll. */
  onProgress?: (progress: { state: SyncState; elapsedMs: number; polls: number; changed: boolean }) => void;
}

export type SyncWaitOutcome = "accepted" | "failed" | "budget-exhausted";

export interface SyncWaitResult {
  outcome: SyncWaitOutcome;
  /** The moment (ms, server clock) after which a sync had to complete to count; undefined: any. */
  since: number | undefined;
  /** What set `since`: the connector's config update, the forced sync, or the caller's `since`. */
  sinceReason: "config-update" | "forced-sync" | "given" | undefined;
  state: SyncState;
  connector: Connector;
  elapsedMs: number;
  polls: number;
}

export async function waitForSync(client: ConductorOneClient, options: WaitForSyncOptions): Promise<SyncWaitResult> {
  const clock = options.clock ?? systemClock;
  const accept = options.accept ?? "completed";
  const interval = options.pollIntervalMs ?? 15_000;
  if (!(options.budgetMs >= 0) || !(interval > 0)) throw new RangeError("budgetMs must be ≥ 0 and pollIntervalMs > 0");
  const call = options.signal ? { signal: options.signal } : {};
  const started = clock.now();
  let since = options.since;
  let sinceReason: SyncWaitResult["sinceReason"] = since === undefined ? undefined : "given";
  const raise = (candidate: number | undefined, reason: NonNullable<SyncWaitResult["sinceReason"]>): void => {
    if (candidate !== undefined && (since === undefined || candidate > since)) {
      since = candidate;
      sinceReason = reason;
    }
  };
  const configBasis = (connector: Connector): number | undefined => (options.sinceConfigUpdate ? currentConfigBasis(connector) : undefined);
  let basisTaken = false;
  if (options.forceSync) {
    const before = await client.getConnector(options.appId, options.connectorId, call);
    const s = before.status;
    const seen = [s?.startedAt, s?.completedAt, s?.updatedAt].map((t) => timeOf(t ?? null)).filter((t): t is number => t !== undefined);
    raise(configBasis(before), "config-update");
    // ConductorOne merges a force into a sync that is already running: with accept "started",
    // a running sync of the current config is the one asked for (no newer start will come).
    const beforeState = syncStateOf(before);
    const runningCurrent = beforeState.label === "syncing" && (timeOf(beforeState.startedAt) ?? -Infinity) > (since ?? -Infinity);
    if (!(accept === "started" && runningCurrent)) raise(seen.length > 0 ? Math.max(...seen) : undefined, "forced-sync");
    basisTaken = true;
    await client.forceSync(options.appId, options.connectorId, call);
  }
  let polls = 0;
  let previous: string | undefined;
  let retried = !!options.forceSync;
  for (;;) {
    const connector = await client.getConnector(options.appId, options.connectorId, call);
    polls++;
    if (!basisTaken) {
      raise(configBasis(connector), "config-update");
      basisTaken = true;
    }
    const state = syncStateOf(connector);
    if (options.retryFailed && !retried && polls === 1 && state.label === "error" && isSyncFailed(state, since)) {
      retried = true;
      const s = connector.status;
      const seen = [s?.startedAt, s?.completedAt, s?.updatedAt].map((t) => timeOf(t ?? null)).filter((t): t is number => t !== undefined);
      raise(seen.length > 0 ? Math.max(...seen) : undefined, "forced-sync");
      await client.forceSync(options.appId, options.connectorId, call);
      // The old error is now older than the basis (an undated one still counts: it cannot be told apart).
    }
    const elapsedMs = clock.now() - started;
    options.onProgress?.({ state, elapsedMs, polls, changed: state.label !== previous });
    previous = state.label;
    const done = (outcome: SyncWaitOutcome): SyncWaitResult => ({ outcome, since, sinceReason, state, connector, elapsedMs, polls });
    if (isSyncAccepted(state, accept, since)) return done("accepted");
    if (isSyncFailed(state, since)) return done("failed");
    const remaining = options.budgetMs - elapsedMs;
    if (remaining <= 0) return done("budget-exhausted");
    try {
      await clock.sleep(Math.min(interval, remaining), options.signal);
    } catch (error) {
      if (error instanceof AbortedError || options.signal?.aborted) {
        throw new C1CancelledError({ method: "GET", url: `${client.server.url}/api/v1/apps/${options.appId}/connectors/${options.connectorId}` });
      }
      throw error;
    }
  }
}
