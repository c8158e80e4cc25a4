import type { SyncState } from "../conductorone/sync-status";
import { attr, defineDataSource, type ObjectOf } from "../tfplugin";
import { ACCEPT_DESCRIPTION, acceptanceOf, acceptValidator, connectorName, dataSourceConnectorArguments, DESTROY_WAY_OUT, syncStateStrings, TWINGATE_KEY_DESCRIPTION } from "./connector-arguments";
import { isConductorOneError, openConductorOne, reportConductorOneError } from "./conductorone-session";
import { loadEngine } from "./load-engine";
import type { ProviderContext } from "./settings";
import { reportSyncFindings } from "./sync-diagnostics";
import { enumProblem, numberValidator } from "./value-shape";

/**
 * `data "c1twingate_connector_status"`: the connector's sync status, read at every plan, so a
 * sync that broke after the apply that verified it (a revoked key, a renamed network, a paused
 * connector) shows up in the next plan — as a warning, or, with on_problem = "fail", as an
 * error. Problems: the last sync errored, syncing is paused, no sync completed (per accept),
 * or the last completed sync is older than max_age_hours. Issue 14 §2.
 *
 * Failures to read: settings and credential errors, and a connector that does not exist, are
 * always errors (they need a fix in the configuration); a fault that may pass (timeouts, 5xx,
 * rate limits after retries) follows on_problem, so a ConductorOne hiccup does not block
 * every plan that only asked for warnings.
 */

export const TYPE_NAME = "c1twingate_connector_status";

const ON_PROBLEM = ["warn", "fail"] as const;
type OnProblem = (typeof ON_PROBLEM)[number];

const onProblemValidator = (v: string): string | undefined =>
  (ON_PROBLEM as readonly string[]).includes(v) ? undefined : enumProblem("on_problem", ON_PROBLEM, v);

export const connectorStatusSchema = {
  description: "Reads a ConductorOne connector's sync status at every plan; warns (or fails) when the last sync errored, is paused, or is older than a threshold.",
  attributes: {
    ...dataSourceConnectorArguments,
    accept: attr.string({ optional: true, computed: true, description: ACCEPT_DESCRIPTION, validators: [acceptValidator] }),
    max_age_hours: attr.number({
      optional: true,
      description: "A problem when the last completed sync is older than this many hours (fractions allowed). Default: no age limit.",
      validators: [numberValidator("max_age_hours", { min: 0, exclusiveMin: true, max: 24 * 365 })],
    }),
    on_problem: attr.string({ optional: true, computed: true, description: 'What a problem does to the plan: "warn" (default) or "fail".', validators: [onProblemValidator] }),
    twingate_api_key: attr.string({ optional: true, sensitive: true, notStored: true, description: `${TWINGATE_KEY_DESCRIPTION} Never stored in state.` }),
    id: attr.string({ computed: true, description: "<app_id>/<connector_id>." }),
    status: attr.string({ computed: true, description: "status.status as the API gives it, e.g. SYNC_STATUS_DONE; null when the connector has none or could not be read." }),
    label: attr.string({ computed: true, description: 'The ConductorOne UI label it most likely means (inferred mapping): "Connected", "Syncing", "Not connected", "Error", "Paused", "Unknown".' }),
    started_at: attr.string({ computed: true, description: "status.startedAt (RFC 3339)." }),
    completed_at: attr.string({ computed: true, description: "status.completedAt (RFC 3339): the last completed sync." }),
    updated_at: attr.string({ computed: true, description: "status.updatedAt (RFC 3339)." }),
    last_error: attr.string({ computed: true, description: "status.lastError, secrets scrubbed and control characters removed." }),
    disabled_reason: attr.string({ computed: true, description: "syncDisabledReason when syncing is paused or disabled." }),
    healthy: attr.bool({ computed: true, description: "True when none of the problems above was found." }),
  },
} as const;

type State = ObjectOf<typeof connectorStatusSchema>;

const CONTEXT = "ConductorOne connector status";

function observed(state: SyncState | null): Partial<State> {
  return syncStateStrings(state);
}

export const connectorStatusDataSource = defineDataSource<ProviderContext>()({
  schema: connectorStatusSchema,
  async read(args) {
    const { config, diag, log, signal } = args;
    const accept = acceptanceOf(config.accept);
    const onProblem = (config.on_problem ?? "warn") as OnProblem;
    const who = connectorName(config.app_id, config.connector_id);
    const base = { accept, on_problem: onProblem, id: `${config.app_id}/${config.connector_id}` };
    const client = openConductorOne(args, CONTEXT, { redact: [config.twingate_api_key] });
    if (!client) return undefined;
    const { syncVerdict } = loadEngine();
    try {
      const connector = await client.getConnector(config.app_id, config.connector_id, { signal });
      if (connector.deletedAt) {
        diag.error(`${CONTEXT}: ${who} was deleted in ConductorOne (at ${connector.deletedAt})`, `Point connector_id at an existing connector.\n${DESTROY_WAY_OUT}`, ["connector_id"]);
        return undefined;
      }
      // The one "which sync counts" rule, shared with the resource and the CLI (current config, server clock).
      const { state, findings } = syncVerdict(connector, {
        connector: who,
        accept,
        now: Date.now(),
        ...(config.max_age_hours === null ? {} : { maxAgeMs: Number(config.max_age_hours) * 3_600_000 }),
        staleIsError: onProblem === "fail",
      });
      const problems = findings.filter((f) => f.severity !== "info");
      log.info("conductorone: connector status", {
        connector: who,
        label: state.uiLabel,
        status: syncStateStrings(state).status ?? "(none)",
        ...(state.completedAt ? { completed_at: state.completedAt } : {}),
        problems: problems.map((f) => f.code).join(",") || "none",
      });
      reportSyncFindings(problems, diag, CONTEXT, {
        warnOnly: onProblem === "warn",
        note: onProblem === "warn" ? 'on_problem = "fail" turns this warning into an error that fails the plan.' : `${DESTROY_WAY_OUT} Or set on_problem = "warn".`,
      });
      if (diag.hasErrors()) return undefined;
      return { ...base, ...observed(state), healthy: problems.length === 0 };
    } catch (error) {
      const passing = isConductorOneError(error) && error.retryable && onProblem === "warn";
      reportConductorOneError(error, diag, CONTEXT, { severity: passing ? "warning" : "error", ...(passing ? {} : { note: DESTROY_WAY_OUT }) });
      return passing ? { ...base, ...observed(null), healthy: false } : undefined;
    } finally {
      client.close();
    }
  },
});
