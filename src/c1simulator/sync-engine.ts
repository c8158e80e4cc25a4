import type { ConnectorRecord, ProbeOutcome, SyncBehaviour } from "./store";
import { twingateSettingsOf } from "./store";
import { syncTwingate, type TwingateSyncSettings } from "./twingate-sync";

/**
 * Connector syncs on the simulator's clock. A sync is queued (on create with a config, a config
 * update, force_sync, resume), leaves the queue after `queueMs` (status SYNC_STATUS_RUNNING,
 * `startedAt`), and ends `runMs` later: SYNC_STATUS_DONE with `completedAt`, or
 * SYNC_STATUS_ERROR with `lastError`. Transitions happen lazily, when the simulator next looks
 * (every request, and a ticker), and are stamped with their scheduled times, so a test moving a
 * virtual clock sees the same answers every run. For the "twingate" behaviour the Twingate calls
 * are made when the sync is seen to start; their outcome is applied when it ends.
 *
 * UNVERIFIED in ConductorOne (and chosen here): `completedAt` keeps the last successful
 * completion through later runs and errors; a new run clears `lastError`; a connector with
 * no config never leaves the queue ("Not connected").
 */

export interface SyncTiming {
  /** Queue wait before a sync starts, ms. Default 2000. */
  queueMs: number;
  /** Sync duration, ms. Default 5000. */
  runMs: number;
  /** Queue a new sync this long after each one ends; undefined: only on demand. */
  resyncEveryMs: number | undefined;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export class SyncEngine {
  #chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly now: () => number,
    readonly timing: SyncTiming,
    public defaultBehaviour: SyncBehaviour,
    private readonly twingate: TwingateSyncSettings,
    /** One line per sync transition (connector id, status, counts or lastError); never a key. */
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Queue a sync unless one is already queued or running (force_sync semantics). */
  queue(connector: ConnectorRecord): void {
    if (connector.run) return;
    this.restart(connector);
  }

  /**
   * Queue a fresh sync, dropping any queued or running one (a new config). A paused connector
   * runs no syncs until resumed — a config update included (reference §3.1: paused syncs stay
   * paused; issue 14 breaker m7): nothing is queued; resume queues one.
   */
  restart(connector: ConnectorRecord): void {
    if (connector.syncDisabledAt !== null) {
      connector.run = null;
      return;
    }
    const now = this.now();
    connector.run = { queuedAt: now, startAt: now + this.timing.queueMs, phase: "queued" };
  }

  /** Pause a connector's syncs (what is queued or running stops) until {@link resume}. */
  pause(c: ConnectorRecord, at: string, reason = "paused by a user"): void {
    c.syncDisabledAt = at;
    c.syncDisabledReason = reason;
    c.syncDisabledCategory = "SYNC_DISABLED_CATEGORY_UNSPECIFIED";
    c.canResumeSync = true;
    c.run = null;
    if (c.status) c.status = { ...c.status, status: "SYNC_STATUS_DISABLED", updatedAt: at };
  }

  /** Resume a paused connector: a new sync is queued. */
  resume(c: ConnectorRecord): void {
    c.syncDisabledAt = null;
    c.syncDisabledReason = null;
    c.syncDisabledCategory = null;
    c.canResumeSync = false;
    this.restart(c);
  }

  behaviourOf(connector: ConnectorRecord): SyncBehaviour {
    const behaviour = connector.behaviour ?? this.defaultBehaviour;
    // Without a config a Twingate connector has nothing to sync with: it never starts.
    if (behaviour.kind === "twingate" && connector.config === null) return { kind: "never-start" };
    return behaviour;
  }

  /** Apply every transition due by now; one pass at a time, in order. */
  advance(connectors: Iterable<ConnectorRecord>): Promise<void> {
    const list = [...connectors];
    this.#chain = this.#chain.then(() => this.#advance(list)).catch(() => undefined);
    return this.#chain;
  }

  async #advance(connectors: ConnectorRecord[]): Promise<void> {
    for (const connector of connectors) {
      // A resync may be due right after a sync ends: loop while something moved.
      for (let moved = true; moved && connector.deletedAt === null; ) moved = await this.#step(connector);
    }
  }

  async #step(c: ConnectorRecord): Promise<boolean> {
    const run = c.run;
    const now = this.now();
    if (!run) return false;
    // Paused: nothing starts (a run queued before the pause, e.g. a scheduled resync, waits for the resume).
    if (c.syncDisabledAt !== null && run.phase === "queued") return false;
    if (run.phase === "queued") {
      if (now < run.startAt) return false;
      const behaviour = this.behaviourOf(c);
      if (behaviour.kind === "never-start") return false;
      if (behaviour.kind === "disable") {
        c.status = { status: "SYNC_STATUS_DISABLED", startedAt: c.status?.startedAt ?? null, completedAt: c.status?.completedAt ?? null, updatedAt: iso(run.startAt), lastError: "" };
        c.syncDisabledAt = iso(run.startAt);
        c.syncDisabledReason = behaviour.reason ?? "sync disabled by the tenant (simulated)";
        c.syncDisabledCategory = "SYNC_DISABLED_CATEGORY_UNSPECIFIED";
        c.canResumeSync = true;
        c.run = null;
        this.log(`connector ${c.id} sync SYNC_STATUS_DISABLED: ${c.syncDisabledReason}`);
        return true;
      }
      run.phase = "running";
      run.behaviour = behaviour;
      c.syncs++;
      c.status = { status: "SYNC_STATUS_RUNNING", startedAt: iso(run.startAt), completedAt: c.status?.completedAt ?? null, updatedAt: iso(run.startAt), lastError: "" };
      if (behaviour.kind === "twingate") {
        const { domain, apiKey } = twingateSettingsOf(c.config);
        run.probe = syncTwingate(domain, apiKey, this.twingate);
      }
      this.log(`connector ${c.id} sync SYNC_STATUS_RUNNING (sync ${c.syncs})`);
      return true;
    }
    const endAt = run.startAt + this.timing.runMs;
    if (now < endAt) return false;
    const behaviour = run.behaviour ?? this.behaviourOf(c);
    let outcome: ProbeOutcome;
    switch (behaviour.kind) {
      case "never-finish":
        return false;
      case "succeed":
        outcome = { ok: true };
        break;
      case "fail":
        outcome = { ok: false, lastError: behaviour.lastError };
        break;
      default:
        outcome = run.probe ? await run.probe : { ok: false, lastError: "sync failed" };
    }
    if (c.run !== run) return true; // replaced (new config) while the probe ran
    c.lastSync = outcome;
    c.status = outcome.ok
      ? { status: "SYNC_STATUS_DONE", startedAt: iso(run.startAt), completedAt: iso(endAt), updatedAt: iso(endAt), lastError: "" }
      : { status: "SYNC_STATUS_ERROR", startedAt: iso(run.startAt), completedAt: c.status?.completedAt ?? null, updatedAt: iso(endAt), lastError: outcome.lastError ?? "sync failed" };
    c.run = null;
    this.log(
      outcome.ok
        ? `connector ${c.id} sync SYNC_STATUS_DONE${outcome.users === undefined ? "" : ` (${outcome.users} users, ${outcome.groups ?? 0} groups)`}`
        : `connector ${c.id} sync SYNC_STATUS_ERROR: ${c.status.lastError}`,
    );
    if (this.timing.resyncEveryMs !== undefined) {
      c.run = { queuedAt: endAt, startAt: endAt + this.timing.resyncEveryMs, phase: "queued" };
    }
    return true;
  }
}
