import type { ConductorOneClient } from "../conductorone/client";
import type { SyncWaitResult } from "../conductorone/sync-wait";
import { attr, defineResource, isUnknown, types, valuesEqual, type CtyValue, type HookBase, type Logger, type Maybe, type ObjectOf } from "../tfplugin";
import { ACCEPT_DESCRIPTION, acceptanceOf, acceptValidator, connectorArguments, connectorName, DESTROY_WAY_OUT, syncStateStrings, TWINGATE_KEY_DESCRIPTION } from "./connector-arguments";
import { isConductorOneError, openConductorOne, reportConductorOneError } from "./conductorone-session";
import { loadEngine } from "./load-engine";
import type { ProviderContext } from "./settings";
import { reportSyncFindings } from "./sync-diagnostics";
import { numberValidator } from "./value-shape";

/**
 * `c1twingate_connector_sync`: apply waits until the ConductorOne connector's first sync of its
 * current config is accepted (completed, or with accept = "started" running), and fails with
 * the sync's own error, what it likely means for Twingate and the fix. Issue 14 §2.
 *
 * Lifecycle (docs/conductorone-sync.md):
 * - plan (create or replace): the ConductorOne credentials are proven — a token is fetched, or
 *   the connector read when its ids are known — so a wrong secret fails the plan, not the apply;
 * - create: polls the connector (optionally after force_sync) within budget_minutes, logging
 *   progress to terraform's log. Only a sync of the connector's current config counts (server
 *   time: after `configUpdatedAt`), so a new key is proven by a new sync, never an old one;
 * - a failed sync or an exhausted budget fails the create but records what was seen: Terraform
 *   keeps the object tainted, so the next apply replaces it, which waits again — for a NEW
 *   sync: when the connector's last sync of its current config failed, create queues one
 *   (force_sync only queues a sync), so "fix the cause in Twingate, apply again" works.
 *   verified_at stays null until a wait succeeds;
 * - read (refresh): a connector deleted in ConductorOne removes the object (the next apply
 *   waits for the new one); the recorded status is the apply's and is not refreshed (the
 *   c1twingate_connector_status data source reads the current one at every plan);
 * - changing app_id, connector_id, accept, force_sync or triggers replaces it (= waits again);
 *   budget_minutes and poll_interval_seconds change in place; delete forgets it (nothing in
 *   ConductorOne is changed).
 */

export const TYPE_NAME = "c1twingate_connector_sync";

export const DEFAULT_BUDGET_MINUTES = 30;
const MAX_BUDGET_MINUTES = 24 * 60;
export const DEFAULT_POLL_SECONDS = 15;
/** A progress line at info level at least this often while nothing changes. */
const PROGRESS_EVERY_MS = 60_000;

const inRange = (name: string, min: number, max: number, unit: string, exclusiveMin = false) => numberValidator(name, { min, max, unit, exclusiveMin });

export const connectorSyncSchema = {
  description:
    "Waits during apply until a ConductorOne connector's first sync of its current config completes (Connected), and fails with the sync's error, its likely Twingate cause and the fix.",
  attributes: {
    id: attr.string({ computed: true, description: "<app_id>/<connector_id>." }),
    ...connectorArguments,
    accept: attr.string({ default: "completed", requiresReplace: true, description: ACCEPT_DESCRIPTION, validators: [acceptValidator] }),
    force_sync: attr.bool({
      default: false,
      requiresReplace: true,
      description: "Queue a sync before waiting (ConductorOne force_sync), and accept only a sync newer than what the connector showed before. Default false: a new config starts a sync by itself.",
    }),
    budget_minutes: attr.number({
      default: DEFAULT_BUDGET_MINUTES,
      description: `Longest time apply waits, in minutes (fractions allowed). Default ${DEFAULT_BUDGET_MINUTES}; ConductorOne says syncs take minutes to hours.`,
      validators: [inRange("budget_minutes", 0, MAX_BUDGET_MINUTES, "minutes", true)],
    }),
    poll_interval_seconds: attr.number({
      default: DEFAULT_POLL_SECONDS,
      description: `Time between two reads of the connector, in seconds. Default ${DEFAULT_POLL_SECONDS}.`,
      validators: [inRange("poll_interval_seconds", 1, 3600, "seconds")],
    }),
    triggers: attr.map(types.string, {
      optional: true,
      requiresReplace: true,
      description: "Any change of these values replaces the resource, so apply waits for a sync again, e.g. { config = conductorone_integration_twingate.this.updated_at }.",
    }),
    twingate_api_key: attr.string({ optional: true, sensitive: true, writeOnly: true, description: `${TWINGATE_KEY_DESCRIPTION} Write-only.` }),
    status: attr.string({ computed: true, description: "The connector's status.status when the wait ended, e.g. SYNC_STATUS_DONE." }),
    label: attr.string({ computed: true, description: 'The ConductorOne UI label it most likely meant (inferred mapping): "Connected", "Syncing", "Not connected", "Error", "Paused".' }),
    started_at: attr.string({ computed: true, description: "status.startedAt when the wait ended (RFC 3339)." }),
    completed_at: attr.string({ computed: true, description: "status.completedAt when the wait ended (RFC 3339): the accepted sync's completion." }),
    verified_at: attr.string({ computed: true, description: "When apply accepted the sync (RFC 3339); null when it did not." }),
  },
} as const;

type Schema = typeof connectorSyncSchema;
type State = ObjectOf<Schema>;

const CONTEXT = "ConductorOne connector sync";
const TAINTED_NOTE =
  `Terraform keeps ${TYPE_NAME} tainted, with the status last seen and verified_at null. Fix the cause and run terraform apply again: the replacement waits for a NEW sync ` +
  "(saving a fixed key or domain in ConductorOne starts one by itself; if the connector's last sync failed and nothing changed in ConductorOne, the replacement queues one with force_sync).";
/** Arguments whose change means "verify again" (they replace the object). */
const REVERIFY = ["app_id", "connector_id", "accept", "force_sync", "triggers"] as const;

function known<T>(value: Maybe<T> | null): T | undefined {
  return value === null || isUnknown(value) ? undefined : (value as T);
}

function recorded(result: SyncWaitResult, id: string, verified: boolean): Partial<State> {
  const { status, label, started_at, completed_at } = syncStateStrings(result.state);
  return {
    id,
    status,
    label,
    started_at,
    completed_at,
    verified_at: verified ? new Date().toISOString() : null,
  };
}

/** Progress in terraform's log (TF_LOG=info): every label change, and a line a minute while nothing changes. */
function progressLogger(log: Logger, who: string, budgetMs: number) {
  let lastLine = -Infinity;
  return ({ state, elapsedMs, polls, changed }: { state: SyncWaitResult["state"]; elapsedMs: number; polls: number; changed: boolean }) => {
    if (!changed && elapsedMs - lastLine < PROGRESS_EVERY_MS) return;
    lastLine = elapsedMs;
    log.info(changed ? "conductorone: connector sync status" : "conductorone: still waiting for the connector's sync", {
      connector: who,
      label: state.uiLabel,
      status: syncStateStrings(state).status ?? "(none)",
      ...(state.startedAt ? { started_at: state.startedAt } : {}),
      elapsed_s: Math.round(elapsedMs / 1000),
      budget_left_s: Math.max(0, Math.round((budgetMs - elapsedMs) / 1000)),
      polls,
    });
  };
}

async function verifySync(args: HookBase<ProviderContext> & { config: State }): Promise<Partial<State> | undefined> {
  const { config, diag, log, signal } = args;
  const accept = acceptanceOf(config.accept);
  const budgetMs = Math.round(Number(config.budget_minutes ?? DEFAULT_BUDGET_MINUTES) * 60_000);
  const who = connectorName(config.app_id, config.connector_id);
  const id = `${config.app_id}/${config.connector_id}`;
  const client = openConductorOne(args, CONTEXT, { redact: [config.twingate_api_key] });
  if (!client) return undefined;
  const { verifyConnectorSync } = loadEngine();
  try {
    log.info("conductorone: waiting for the connector's sync", { connector: who, accept, force_sync: !!config.force_sync, budget_s: Math.round(budgetMs / 1000) });
    // The one "which sync counts" rule, shared with the CLI: a sync of the current config, on the server's clock.
    const { result, findings } = await verifyConnectorSync(client, {
      appId: config.app_id,
      connectorId: config.connector_id,
      connector: who,
      budgetMs,
      pollIntervalMs: Math.round(Number(config.poll_interval_seconds ?? DEFAULT_POLL_SECONDS) * 1000),
      accept,
      forceSync: !!config.force_sync,
      // m1: "fix the cause, apply again" must work: a failed sync of the current config is not
      // waited on but retried once (force_sync only queues a sync; nothing else changes).
      retryFailed: true,
      signal,
      onProgress: progressLogger(log, who, budgetMs),
      raiseBudget: "raise budget_minutes",
      acceptStarted: 'set accept = "started" to accept a running sync',
    });
    const fields = { connector: who, outcome: result.outcome, label: result.state.uiLabel, status: syncStateStrings(result.state).status ?? "(none)", elapsed_s: Math.round(result.elapsedMs / 1000), polls: result.polls };
    if (result.outcome === "accepted") {
      log.info("conductorone: connector sync accepted", fields);
      return recorded(result, id, true);
    }
    log.warn("conductorone: connector sync not accepted", fields);
    reportSyncFindings(findings, diag, CONTEXT, { note: TAINTED_NOTE });
    return recorded(result, id, false);
  } catch (error) {
    reportConductorOneError(error, diag, CONTEXT);
    return undefined;
  } finally {
    client.close();
  }
}

/**
 * The plan of a new verification proves the ConductorOne credentials now (signed assertion or
 * OIDC exchange at the token endpoint; the connector itself when its ids are known), so a
 * wrong secret or a connector that does not exist fails the plan instead of the apply.
 */
async function checkAccess(args: HookBase<ProviderContext>, appId: string | undefined, connectorId: string | undefined, twingateKey: string | null | undefined): Promise<void> {
  const client = openConductorOne(args, CONTEXT, { redact: [twingateKey ?? null] });
  if (!client) return;
  try {
    if (appId !== undefined && connectorId !== undefined) {
      const connector = await client.getConnector(appId, connectorId, { signal: args.signal });
      if (connector.deletedAt) {
        args.diag.error(`${CONTEXT}: ${connectorName(appId, connectorId)} was deleted in ConductorOne (at ${connector.deletedAt})`, "Point connector_id at an existing connector (the id of conductorone_integration_twingate).", ["connector_id"]);
      }
    } else {
      // A token fetched, or (a ready access token) one authenticated read: either proves the credentials.
      const { method, via } = await client.authenticate({ signal: args.signal });
      args.log.debug("conductorone: credentials checked at plan", { auth: method, proven_by: via });
    }
  } catch (error) {
    reportConductorOneError(error, args.diag, CONTEXT);
  } finally {
    client.close();
  }
}

async function connectorStillThere(args: HookBase<ProviderContext> & { state: State }): Promise<boolean | undefined> {
  const { state, diag } = args;
  let client: ConductorOneClient | undefined;
  try {
    client = openConductorOne(args, CONTEXT, {});
    if (!client) return undefined;
    const connector = await client.getConnector(state.app_id, state.connector_id, { signal: args.signal });
    return !connector.deletedAt;
  } catch (error) {
    if (error instanceof loadEngine().C1NotFoundError) return false;
    // A passing fault must not block every plan: keep the state and say so.
    if (isConductorOneError(error) && error.retryable) {
      reportConductorOneError(error, diag, `${CONTEXT}: could not refresh`, { severity: "warning" });
      return true;
    }
    reportConductorOneError(error, diag, CONTEXT, { note: DESTROY_WAY_OUT });
    return undefined;
  } finally {
    client?.close();
  }
}

export const connectorSyncResource = defineResource<ProviderContext>()({
  schema: connectorSyncSchema,
  async plan(args) {
    const { config, prior, planned } = args;
    const reverifies = prior === null || REVERIFY.some((name) => !valuesEqual((prior[name] ?? null) as CtyValue, (planned[name] ?? null) as CtyValue));
    if (!reverifies) return;
    await checkAccess(args, known(config.app_id), known(config.connector_id), known(config.twingate_api_key));
  },
  async create(args) {
    return verifySync(args);
  },
  async update() {
    // Only budget_minutes and poll_interval_seconds change in place: they matter to the next wait only.
    return {};
  },
  async read(args) {
    const there = await connectorStillThere(args);
    if (there === false) {
      args.log.info("conductorone: the connector is gone; the next apply waits for a sync of its replacement", { connector: connectorName(args.state.app_id, args.state.connector_id) });
      return null;
    }
    return undefined;
  },
  async delete({ prior, log }) {
    // Nothing exists in ConductorOne for this resource: forgetting it is the whole delete.
    log.debug("conductorone: sync verification forgotten", { connector: connectorName(prior.app_id, prior.connector_id) });
  },
});
