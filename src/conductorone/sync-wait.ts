import { SleepAbortedError, realClock, type Clock } from "./clock";
import type { ConductorOneClient } from "./client";
import { C1CancelledError } from "./errors";
import type { Connector } from "./schemas";
import { isSyncAccepted, isSyncFailed, syncStateOf, type SyncAcceptance, type SyncState } from "./sync-status";

/**
 * Poll a connector until its sync is accepted, fails, or the budget runs out (reference §6.1:
 * poll `GET …/connectors/{id}`, optionally `force_sync` first, budget minutes not seconds).
 * Never throws for a sync outcome: the caller decides what a failure or an exhausted budget
 * means. API failures (C1_*) are thrown.
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
  clock?: Clock;
  signal?: AbortSignal;
  /** After every poll; `changed` when the label differs from the previous poll. */
  onProgress?: (progress: { state: SyncState; elapsedMs: number; polls: number; changed: boolean }) => void;
}

export type SyncWaitOutcome = "accepted" | "failed" | "budget-exhausted";

export interface SyncWaitResult {
  outcome: SyncWaitOutcome;
  state: SyncState;
  connector: Connector;
  elapsedMs: number;
  polls: number;
}

export async function waitForSync(client: ConductorOneClient, options: WaitForSyncOptions): Promise<SyncWaitResult> {
  const clock = options.clock ?? realClock;
  const accept = options.accept ?? "completed";
  const interval = options.pollIntervalMs ?? 15_000;
  if (!(options.budgetMs >= 0) || !(interval > 0)) throw new RangeError("budgetMs must be ≥ 0 and pollIntervalMs > 0");
  const call = options.signal ? { signal: options.signal } : {};
  const started = clock.now();
  if (options.forceSync) await client.forceSync(options.appId, options.connectorId, call);
  let polls = 0;
  let previous: string | undefined;
  for (;;) {
    const connector = await client.getConnector(options.appId, options.connectorId, call);
    polls++;
    const state = syncStateOf(connector);
    const elapsedMs = clock.now() - started;
    options.onProgress?.({ state, elapsedMs, polls, changed: state.label !== previous });
    previous = state.label;
    const done = (outcome: SyncWaitOutcome): SyncWaitResult => ({ outcome, state, connector, elapsedMs, polls });
    if (isSyncAccepted(state, accept, options.since)) return done("accepted");
    if (isSyncFailed(state, options.since)) return done("failed");
    const remaining = options.budgetMs - elapsedMs;
    if (remaining <= 0) return done("budget-exhausted");
    try {
      await clock.sleep(Math.min(interval, remaining), options.signal);
    } catch (error) {
      if (error instanceof SleepAbortedError || options.signal?.aborted) {
        throw new C1CancelledError({ method: "GET", url: `${client.server.url}/api/v1/apps/${options.appId}/connectors/${options.connectorId}` });
      }
      throw error;
    }
  }
}
