import { completionPredatesConfig, isSyncAccepted, isSyncFailed, timeOf, type SyncAcceptance, type SyncState } from "./sync-status";
import type { Timestamp } from "./timestamp";
import { explainTwingateSyncError } from "./twingate-sync-error";

/**
 * A connector's sync state as findings (same shape as the reconciler's `Finding`, so every
 * surface — CLI text, JSON, annotations, terraform diagnostics — renders them unchanged).
 */

export type SyncFindingCode =
  | "C1_SYNC_CONNECTED"
  | "C1_SYNC_STARTED"
  | "C1_SYNC_IN_PROGRESS"
  | "C1_SYNC_NOT_CONNECTED"
  | "C1_SYNC_ERROR"
  | "C1_SYNC_DISABLED"
  | "C1_SYNC_STALE"
  | "C1_SYNC_STATUS_UNKNOWN"
  | "C1_SYNC_CONFIG_PENDING"
  | "C1_SYNC_WAIT_BUDGET";

export interface SyncFinding {
  code: SyncFindingCode;
  severity: "error" | "warning" | "info";
  /** What was found, complete (CLI text, JSON, annotations). */
  message: string;
  /**
   * For surfaces with a capped headline (terraform diagnostics): `message` without the
   * explanation, which `explanation` then holds. Absent when `message` has nothing to split.
   */
  summary?: string;
  /** What the finding likely means (e.g. for Twingate), when `summary` leaves it out. */
  explanation?: string;
  fix?: string;
  subject?: "connector" | "twingate_apikey" | "twingate_domain";
}

export interface SyncFindingOptions {
  /** e.g. "connector 2abc… of app 2xyz…". */
  connector: string;
  accept: SyncAcceptance;
  /** Warn when the last completed sync is older than this (ms). */
  maxAgeMs?: number;
  /** Make a stale sync an error instead of a warning. */
  staleIsError?: boolean;
  /** Explain `lastError` in Twingate's terms (default true). */
  twingate?: boolean;
  now: number;
  /**
   * Only syncs after this (ms, server clock) count: `currentConfigBasis(connector)`, the one
   * rule of sync-status.ts. A completion at or before it is the previous config's.
   */
  since?: number;
  /** The connector's `configUpdatedAt`, to name it in messages. */
  configUpdatedAt?: Timestamp | null;
}

const PENDING_FIX =
  "ConductorOne queues a sync after a config update: wait for it (c1-twingate connector status --wait <minutes>, or c1twingate_connector_sync) or force one (--force-sync); if none starts, check the connector in ConductorOne (Applications → the app → Connectors)";

function pendingConfig(state: SyncState, options: SyncFindingOptions, running: boolean): SyncFinding {
  const saved = options.configUpdatedAt ? ` (saved ${options.configUpdatedAt})` : "";
  return {
    code: "C1_SYNC_CONFIG_PENDING",
    severity: "error",
    message: `${options.connector} last completed a sync at ${state.completedAt}, before its current config${saved}: ${running ? "a sync is running but has not completed" : "no sync"} of the current Twingate key and domain${running ? "" : " has completed yet"}, so they are not proven`,
    fix: PENDING_FIX,
    subject: "connector",
  };
}

/**
 * The last sync failed, but before the current config was saved: that error was the previous
 * key's or domain's (the same rule as for an old completion), so the current config is pending.
 */
function pendingAfterOldError(state: SyncState, options: SyncFindingOptions): SyncFinding {
  const saved = options.configUpdatedAt ? ` (saved ${options.configUpdatedAt})` : "";
  const when = state.updatedAt ?? state.startedAt ?? "an earlier time";
  return {
    code: "C1_SYNC_CONFIG_PENDING",
    severity: "error",
    message: `${options.connector} shows a failed sync (${state.status ?? "no status"}, at ${when}) from before its current config${saved}: that error was the previous Twingate key's or domain's, and no sync of the current ones has run yet, so they are not proven`,
    fix: PENDING_FIX,
    subject: "connector",
  };
}

function age(ms: number): string {
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

export function syncFindings(state: SyncState, options: SyncFindingOptions): SyncFinding[] {
  const who = options.connector;
  const raw = state.status ?? "no status";
  switch (state.label) {
    case "error": {
      if (!isSyncFailed(state, options.since)) return [pendingAfterOldError(state, options)];
      const explained = options.twingate === false ? undefined : explainTwingateSyncError(state.lastError);
      const said = state.lastError ? `: ${state.lastError}` : " (no lastError given)";
      const summary = `the last sync of ${who} failed (${raw})${said}`;
      const likely = explained ? `Likely meaning${explained.inferred ? " (inferred from the wording, not documented)" : ""}: ${explained.meaning}` : "";
      return [
        {
          code: "C1_SYNC_ERROR",
          severity: "error",
          message: `${summary}${explained ? `. ${likely}` : ""}`,
          ...(explained ? { summary, explanation: `${likely}.` } : {}),
          fix: explained?.fix ?? "Open the connector in ConductorOne for details, fix what it names and force a sync",
          subject: explained?.subject ?? "connector",
        },
      ];
    }
    case "disabled":
      return [
        {
          code: "C1_SYNC_DISABLED",
          severity: "error",
          message: `syncing of ${who} is paused or disabled (${raw}${state.disabledReason ? `, reason: ${state.disabledReason}` : ""})`,
          fix: "Resume the connector in ConductorOne (or confirm the sync after a data-anomaly pause); a resume starts a new sync",
          subject: "connector",
        },
      ];
    case "unknown":
      return [
        {
          code: "C1_SYNC_STATUS_UNKNOWN",
          severity: options.accept === "started" ? "warning" : "error",
          message: `${who} reports a sync status this tool cannot interpret (${raw}${state.completedAt ? "" : ", no completedAt"})`,
          fix: "Check the connector in ConductorOne; if it shows Connected, the status mapping (docs/conductorone-sync.md) needs an update",
          subject: "connector",
        },
      ];
    case "not-connected":
      return [
        {
          code: "C1_SYNC_NOT_CONNECTED",
          severity: "error",
          message: `${who} has not synced yet (${raw}, no completed sync): ConductorOne shows it as Not connected`,
          fix: "A connector created without twingate_apikey and twingate_domain never syncs: set both; otherwise force a sync and wait (syncs are queued and take minutes)",
          subject: "connector",
        },
      ];
    case "syncing":
      if (isSyncAccepted(state, options.accept) && !state.completedAt) {
        return [{ code: "C1_SYNC_STARTED", severity: "info", message: `the first sync of ${who} is running (started ${state.startedAt ?? "at an unknown time"})` }];
      }
      if (!state.completedAt) {
        return [
          {
            code: "C1_SYNC_NOT_CONNECTED",
            severity: "error",
            message: `the first sync of ${who} is still running (started ${state.startedAt ?? "at an unknown time"}): not Connected yet`,
            fix: "Wait for it to finish (c1-twingate connector status --wait <minutes>); syncs take minutes to hours",
            subject: "connector",
          },
        ];
      }
      if (completionPredatesConfig(state, options.since) && !isSyncAccepted(state, options.accept, options.since)) return [pendingConfig(state, options, true)];
      return [{ code: "C1_SYNC_IN_PROGRESS", severity: "info", message: `${who} is syncing again; its last sync completed ${state.completedAt}` }, ...staleness(state, options)];
    case "connected":
      if (completionPredatesConfig(state, options.since)) return [pendingConfig(state, options, false)];
      return [{ code: "C1_SYNC_CONNECTED", severity: "info", message: `${who} is Connected: its last sync completed ${state.completedAt}` }, ...staleness(state, options)];
  }
}

function staleness(state: SyncState, options: SyncFindingOptions): SyncFinding[] {
  const completed = timeOf(state.completedAt);
  if (options.maxAgeMs === undefined || completed === undefined) return [];
  const elapsed = options.now - completed;
  if (elapsed <= options.maxAgeMs) return [];
  return [
    {
      code: "C1_SYNC_STALE",
      severity: options.staleIsError ? "error" : "warning",
      message: `the last completed sync of ${options.connector} is ${age(elapsed)} old (${state.completedAt}), older than the ${age(options.maxAgeMs)} allowed`,
      fix: "Check the connector's sync schedule in ConductorOne, or force a sync",
      subject: "connector",
    },
  ];
}

export interface WaitBudgetOptions {
  /** e.g. "connector 2abc… of app 2xyz…". */
  connector: string;
  budgetMs: number;
  /** How this surface raises the budget, e.g. "raise budget_minutes" or "wait longer (--wait)". */
  raiseBudget: string;
  /** How this surface accepts a started sync, e.g. 'set accept = "started"'; omitted when it already does. */
  acceptStarted?: string;
  /** The wait's basis (SyncWaitResult.since): a completion at or before it did not count. */
  since?: number;
  /** Why that basis: the config was saved, or a sync was forced. */
  sinceReason?: "config-update" | "forced-sync";
}

/**
 * A wait for a sync that ran out of budget: what was seen last and what to do. An error: the
 * sync was not seen to finish, which is not proof that it will fail.
 */
export function waitBudgetFinding(state: SyncState, options: WaitBudgetOptions): SyncFinding {
  const oldError = state.label === "error" && !isSyncFailed(state, options.since);
  const predates = oldError || completionPredatesConfig(state, options.since);
  const basis = options.sinceReason === "forced-sync" ? "the sync it forced" : "the connector's current config";
  const seen = oldError
    ? `${state.uiLabel} (${state.status ?? "no status"}), but that failed sync (${state.updatedAt ?? state.startedAt}) predates ${basis}, so it does not count`
    : predates
      ? `${state.uiLabel} (${state.status ?? "no status"}), but its last completed sync (${state.completedAt}) predates ${basis}, so it does not count`
      : `${state.uiLabel} (${state.status ?? "no status"}${state.startedAt ? `, started ${state.startedAt}` : ""})`;
  const why = predates
    ? state.label === "syncing"
      ? "A sync of it is running but did not complete in time; ConductorOne says syncs take minutes to hours."
      : "No sync of it completed in time, and none is running: ConductorOne queues syncs after a config update (a queued sync can wait); a paused connector runs none."
    : state.label === "not-connected"
      ? "No sync has started: ConductorOne queues syncs, and a connector without twingate_apikey and twingate_domain never syncs."
      : state.label === "syncing"
        ? "A sync is running; ConductorOne says syncs take minutes to hours."
        : "";
  const acceptHelps = options.acceptStarted && state.label !== "not-connected" && !(predates && state.label !== "syncing");
  const alternatives = [options.raiseBudget, ...(acceptHelps ? [options.acceptStarted!] : [])].join(", or ");
  return {
    code: "C1_SYNC_WAIT_BUDGET",
    severity: "error",
    message: `waited ${age(options.budgetMs)} for ${options.connector} to sync; the budget ran out while it was ${seen}`,
    fix: `${why ? `${why} ` : ""}${alternatives.charAt(0).toUpperCase()}${alternatives.slice(1)}; check the connector in ConductorOne (Applications → the app → Connectors)`,
    subject: "connector",
  };
}
