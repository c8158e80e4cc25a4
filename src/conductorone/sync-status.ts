import type { UntrustedText } from "../untrusted-text";
import type { Connector, SyncStatusValue } from "./schemas";
import { timestampMs, type Timestamp } from "./timestamp";

/**
 * What a connector's `status` means in the UI's words. The API fields are documented
 * (reference §3.1: `status.status` ∈ SYNC_STATUS_{UNSPECIFIED,RUNNING,DONE,ERROR,DISABLED},
 * `startedAt`, `completedAt`, `updatedAt`, `lastError`; `syncDisabledAt/Reason`), the UI labels
 * too ("Syncing, followed by Connected", "Not connected", "Error"), but **no source ties one
 * to the other: this mapping is UNVERIFIED** (reference §3.3), written down here once:
 *
 * | API state                                              | label           |
 * |--------------------------------------------------------|-----------------|
 * | `syncDisabledAt` set, or SYNC_STATUS_DISABLED            | disabled ("Paused") |
 * | SYNC_STATUS_ERROR                                      | error           |
 * | SYNC_STATUS_RUNNING                                    | syncing         |
 * | SYNC_STATUS_DONE with `completedAt`                    | connected       |
 * | SYNC_STATUS_DONE without `completedAt`                 | unknown         |
 * | no status / UNSPECIFIED, `completedAt` set             | connected       |
 * | no status / UNSPECIFIED, no `completedAt`              | not-connected   |
 * | any other value (the enum allows unknown values)       | unknown         |
 *
 * What counts as "synced" is a choice the caller makes ({@link SyncAcceptance}): the first
 * completed sync (default), or a sync merely started, for tenants where a completed sync takes
 * hours or the mapping above turns out wrong.
 */

export type SyncLabel = "not-connected" | "syncing" | "connected" | "error" | "disabled" | "unknown";

export const UI_LABELS: Readonly<Record<SyncLabel, string>> = {
  "not-connected": "Not connected",
  syncing: "Syncing",
  connected: "Connected",
  error: "Error",
  disabled: "Paused",
  unknown: "Unknown",
};

/** "completed": a sync finished (Connected). "started": a sync is running or finished (Syncing is enough). */
export type SyncAcceptance = "completed" | "started";

export interface SyncState {
  label: SyncLabel;
  /** The UI label this most likely is (UNVERIFIED mapping). */
  uiLabel: string;
  /** `status.status`: a known value, or an unknown one as untrusted text; null when absent. */
  status: SyncStatusValue | null;
  startedAt: Timestamp | null;
  completedAt: Timestamp | null;
  updatedAt: Timestamp | null;
  /** Secrets scrubbed by the client; shown only neutralised. */
  lastError: UntrustedText | null;
  disabledAt: Timestamp | null;
  disabledReason: UntrustedText | null;
}

export function syncStateOf(connector: Pick<Connector, "status" | "syncDisabledAt" | "syncDisabledReason">): SyncState {
  const s = connector.status;
  const status = s?.status ?? null;
  const completedAt = s?.completedAt ?? null;
  let label: SyncLabel;
  if (connector.syncDisabledAt || status === "SYNC_STATUS_DISABLED") label = "disabled";
  else if (status === "SYNC_STATUS_ERROR") label = "error";
  else if (status === "SYNC_STATUS_RUNNING") label = "syncing";
  else if (status === "SYNC_STATUS_DONE") label = completedAt ? "connected" : "unknown";
  else if (status === null || status === "SYNC_STATUS_UNSPECIFIED") label = completedAt ? "connected" : "not-connected";
  else label = "unknown";
  return {
    label,
    uiLabel: UI_LABELS[label],
    status,
    startedAt: s?.startedAt ?? null,
    completedAt,
    updatedAt: s?.updatedAt ?? null,
    lastError: s?.lastError ?? null,
    disabledAt: connector.syncDisabledAt,
    disabledReason: connector.syncDisabledReason,
  };
}

/** ms since the epoch of a parsed timestamp; undefined when absent. */
export function timeOf(value: Timestamp | null): number | undefined {
  return timestampMs(value);
}

/**
 * Whether the state counts as synced. With `since` (ms), only a sync that started or completed
 * after it counts: after a new key is saved, an older completion proves nothing.
 */
export function isSyncAccepted(state: SyncState, accept: SyncAcceptance, since?: number): boolean {
  const after = (value: Timestamp | null): boolean => since === undefined || (timeOf(value) ?? -Infinity) > since;
  if (state.label === "connected" && after(state.completedAt)) return true;
  if (accept === "started" && state.label === "syncing" && after(state.startedAt)) return true;
  return false;
}

/** Whether the state is a failure that waiting will not fix (an error or a pause newer than `since`). */
export function isSyncFailed(state: SyncState, since?: number): boolean {
  if (state.label === "disabled") return true;
  if (state.label !== "error") return false;
  if (since === undefined) return true;
  const when = timeOf(state.updatedAt) ?? timeOf(state.startedAt);
  // Without timestamps an error cannot be dated: take it as current.
  return when === undefined || when > since;
}

/**
 * THE rule for which sync counts, shared by every surface (the sync resource, the status data
 * source, `c1-twingate connector status`): only a sync of the connector's CURRENT config,
 * decided on the server's clock — completed (or failed) after `configUpdatedAt`. An older
 * completion was the previous key's or domain's and proves nothing about the current one.
 * Returns the exclusive lower bound (ms, server clock), or undefined when the connector has no
 * `configUpdatedAt` (then any sync counts). A sync stamped in the same millisecond as the save
 * is the new config's, hence the -1.
 */
export function currentConfigBasis(connector: Pick<Connector, "configUpdatedAt">): number | undefined {
  const saved = timeOf(connector.configUpdatedAt);
  return saved === undefined ? undefined : saved - 1;
}

/** Whether the connector's last completion predates its current config (so it proves nothing about it). */
export function completionPredatesConfig(state: SyncState, since: number | undefined): boolean {
  if (since === undefined || state.completedAt === null) return false;
  return (timeOf(state.completedAt) ?? -Infinity) <= since;
}
