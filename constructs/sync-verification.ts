import { Token } from "./core";
import { quote } from "./prop-values";

/** What counts as synced: a completed sync (ConductorOne's "Connected") or a started one ("Syncing"). */
export type SyncVerificationLevel = "off" | "started" | "completed";

/** What a broken or stale sync found at a later plan does to that plan. */
export type SyncProblemAction = "warn" | "fail";

export interface SyncVerificationOptions {
  /**
   * Longest time `terraform apply` waits for the sync, in minutes (fractions allowed, at most
   * 1440). ConductorOne says syncs take "minutes to hours".
   *
   * @default 30
   */
  readonly budgetMinutes?: number;
  /**
   * Time between two reads of the connector while waiting, in seconds (1 to 3600).
   *
   * @default 15
   */
  readonly pollIntervalSeconds?: number;
  /**
   * Queue a sync before waiting (ConductorOne's force_sync). Saving a new key or domain starts a
   * sync by itself, so this is rarely needed.
   *
   * @default false
   */
  readonly forceSync?: boolean;
  /**
   * What a later plan does when ConductorOne's last sync errored, syncing is paused, or the last
   * completed sync is older than `maxAgeHours`: `warn` or `fail` the plan.
   *
   * @default "warn"
   */
  readonly onProblem?: SyncProblemAction;
  /**
   * A later plan reports a problem when the last completed sync is older than this many hours.
   *
   * @default - no age limit
   */
  readonly maxAgeHours?: number;
}

/**
 * Whether, and how, `TwingateIntegration` proves that ConductorOne's connector syncs with the
 * key: `terraform apply` waits for the connector's first sync of its current config
 * (`c1twingate_connector_sync`) and fails with the sync's own error, its likely Twingate cause
 * and the fix; every later plan reads the connector's status (`c1twingate_connector_status`) and
 * warns, or fails, when the sync broke since. ConductorOne credentials come from the same
 * CONDUCTORONE_* environment as the conductorone provider's. The API status → UI label mapping is
 * inferred (docs/conductorone-sync.md): `started()` accepts a running sync when a completed one
 * takes too long or the mapping proves wrong.
 */
export class SyncVerification {
  /** No waiting and no status check: the default. */
  public static off(): SyncVerification {
    return new SyncVerification("off", {});
  }

  /** Apply waits until a sync has started ("Syncing"); a completed one counts too. */
  public static started(options: SyncVerificationOptions = {}): SyncVerification {
    return new SyncVerification("started", options ?? {});
  }

  /** Apply waits until a sync of the current config has completed ("Connected"). */
  public static completed(options: SyncVerificationOptions = {}): SyncVerification {
    return new SyncVerification("completed", options ?? {});
  }

  private constructor(
    public readonly level: SyncVerificationLevel,
    public readonly options: SyncVerificationOptions,
  ) {}

  /** Problems with the options, phrased for the props error list (tokens are checked by the provider at plan). */
  public problems(): string[] {
    const o = this.options;
    if (typeof o !== "object" || o === null) return [`verifySync options must be an object, got ${quote(o)}`];
    const problems: string[] = [];
    const number = (name: string, value: unknown, min: number, max: number, minExclusive: boolean): void => {
      if (value === undefined || (typeof value === "number" && Token.isUnresolved(value))) return;
      const ok = typeof value === "number" && Number.isFinite(value) && (minExclusive ? value > min : value >= min) && value <= max;
      if (!ok) problems.push(`verifySync ${name} must be a number ${minExclusive ? "greater than" : "from"} ${min}${minExclusive ? " and at most" : " to"} ${max}, got ${quote(value)}`);
    };
    number("budgetMinutes", o.budgetMinutes, 0, 1440, true);
    number("pollIntervalSeconds", o.pollIntervalSeconds, 1, 3600, false);
    number("maxAgeHours", o.maxAgeHours, 0, 8760, true);
    if (o.forceSync !== undefined && typeof o.forceSync !== "boolean") problems.push(`verifySync forceSync must be true or false, got ${quote(o.forceSync)}`);
    if (o.onProblem !== undefined && o.onProblem !== "warn" && o.onProblem !== "fail") problems.push(`verifySync onProblem must be "warn" or "fail", got ${quote(o.onProblem)}`);
    return problems;
  }
}
