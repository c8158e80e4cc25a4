import { attr, defineDataSource, types } from "../tfplugin";
import { isSurface, SURFACES } from "../reconciler/settings";
import type { Finding } from "../reconciler/types";
import { CREDENTIAL_PATHS, reportFindings } from "./finding-diagnostics";
import { ambiguousTargets, reportTargets, TARGET_CODES } from "./target-diagnostics";
import { loadEngine } from "./load-engine";
import { rememberSecret } from "./secrets";
import type { ProviderContext } from "./settings";

/**
 * `data "c1twingate_sync_preview"`: what ConductorOne's Twingate connector would sync, counted
 * from the live API at plan time, so HCL preconditions can refuse a provisioning target that
 * ConductorOne cannot write to (a SYNCED or SYSTEM group). API failures are errors; what the
 * preview says about the tenant is a warning, because the configuration's own preconditions
 * decide what is acceptable, except a target name that several groups share: no precondition
 * can tell which group is meant, so it fails the plan by name.
 */

export const TYPE_NAME = "c1twingate_sync_preview";

const DEFAULT_BUDGET_SECONDS = 120;

export const syncPreviewSchema = {
  description: "Counts what ConductorOne would sync from a Twingate network and checks provisioning target groups.",
  attributes: {
    network: attr.string({ required: true, description: 'Twingate network name or URL ("acme", "acme.twingate.com").' }),
    // Data sources cannot have write-only arguments: notStored keeps the key out of state.
    api_key: attr.string({ required: true, sensitive: true, notStored: true, description: "Twingate API key (sensitive, never stored in state)." }),
    groups: attr.list(types.string, { optional: true, description: "Provisioning target groups (names or IDs) to look up." }),
    surface: attr.string({
      optional: true,
      description:
        'Who else reports on the key: "terraform" (default: this data source reports every failure) or "twingate-integration" (set by the ' +
        "TwingateIntegration construct, whose credential check fails the plan for a wrong key or network: such a failure is then left to the " +
        "check, one error per cause, and this data source returns empty results with a warning).",
      validators: [(v) => (isSurface(v) ? undefined : `surface must be one of ${SURFACES.map((x) => JSON.stringify(x)).join(", ")}, got ${JSON.stringify(v)}`)],
    }),
    time_budget_seconds: attr.number({
      optional: true,
      description: `Stop with partial counts after this long. Default ${DEFAULT_BUDGET_SECONDS}.`,
      validators: [(v) => (Number(v) > 0 && Number(v) <= 3600 ? undefined : `time_budget_seconds must be greater than 0 and at most 3600, got ${v}`)],
    }),
    id: attr.string({ computed: true, description: "The network name." }),
    user_count: attr.number({ computed: true, description: "Users ConductorOne would sync." }),
    group_count: attr.number({ computed: true, description: "Groups ConductorOne would sync." }),
    admin_count: attr.number({ computed: true, description: "Users holding the ADMIN role." }),
    provisionable_groups: attr.map(types.string, {
      computed: true,
      description: "Active MANUAL groups (name → id): where ConductorOne can provision. A name several of them share is left out (see ambiguous_groups).",
    }),
    group_types: attr.map(types.string, { computed: true, description: "Type (MANUAL, SYNCED, SYSTEM) of each requested group found, keyed as requested (name or ID → type)." }),
    ambiguous_groups: attr.map(types.list(types.string), {
      computed: true,
      description:
        "Names carried by more than one group (name → group IDs): a requested name fails the plan (name the group by ID instead); an active MANUAL group's name is left out of provisionable_groups.",
    }),
    missing_groups: attr.list(types.string, { computed: true, description: "Requested groups that do not exist." }),
    complete: attr.bool({ computed: true, description: "False when the preview stopped at its time budget (counts are then partial)." }),
  },
} as const;

/** Groups by name: names one group carries (name → id), and names several share (name → ids). */
function idsByName(groups: readonly { name: string; id: string }[]): { unique: [string, string][]; shared: [string, string[]][] } {
  const byName = new Map<string, string[]>();
  for (const g of groups) byName.set(g.name, [...(byName.get(g.name) ?? []), g.id]);
  const entries = [...byName];
  return {
    unique: entries.flatMap(([name, ids]): [string, string][] => (ids.length === 1 && ids[0] !== undefined ? [[name, ids[0]]] : [])),
    shared: entries.filter(([, ids]) => ids.length > 1),
  };
}

function isApiFailure(finding: Finding): boolean {
  return finding.severity === "error" && finding.subject !== "tenant";
}

export const syncPreviewDataSource = defineDataSource<ProviderContext>()({
  schema: syncPreviewSchema,
  async read({ config, ctx, diag, log, signal }) {
    rememberSecret(config.api_key);
    const started = Date.now();
    const { previewSync } = loadEngine();
    const result = await previewSync({
      ...ctx.settings,
      network: config.network,
      apiKey: config.api_key,
      ...(config.groups !== null ? { groups: config.groups } : {}),
      timeBudgetMs: Number(config.time_budget_seconds ?? DEFAULT_BUDGET_SECONDS) * 1000,
      signal,
    });
    log.info("twingate sync preview", {
      network: result.network?.label ?? "(not accepted)",
      complete: result.complete,
      users: result.users.total,
      groups: result.groups.total,
      requests: result.requests,
      duration_ms: Date.now() - started,
    });
    // Targets not reached because of a failure are that failure's consequence, not a second cause.
    const failures = result.findings.filter((f) => isApiFailure(f) && !TARGET_CODES.has(f.code));
    // The construct's credential check reports a wrong key or network itself, with the same key and network.
    const leftToCheck = config.surface === "twingate-integration" && failures.length > 0 && failures.every((f) => f.subject === "network" || f.subject === "api_key");
    if (leftToCheck) {
      diag.warn("Twingate sync preview: not read", "The credential check of the same integration reports why (its error is the one to fix); the preview is read again at the next plan.");
      return { id: config.network, user_count: 0, group_count: 0, admin_count: 0, provisionable_groups: {}, group_types: {}, ambiguous_groups: {}, missing_groups: [], complete: false };
    }
    reportFindings(failures, diag, CREDENTIAL_PATHS, "Twingate sync preview", { destroyWayOut: true });
    if (diag.hasErrors() || !result.network) return undefined;
    const tenant = result.findings
      .filter((f) => !isApiFailure(f) && !TARGET_CODES.has(f.code))
      .map((f): Finding => ({ ...f, severity: f.severity === "error" ? "warning" : f.severity }));
    reportFindings(tenant, diag, {}, "Twingate sync preview");
    reportTargets(result.requestedGroups, config.groups, result.findings, diag, "Twingate sync preview");
    const ambiguous = ambiguousTargets(result.requestedGroups);
    const found = (result.requestedGroups?.found ?? []).filter((g) => !ambiguous.has(g.input));
    const provisionable = idsByName(result.groups.provisionable.map((g) => ({ name: g.name.value, id: g.id.value })));
    return {
      id: result.network.label,
      user_count: result.users.total,
      group_count: result.groups.total,
      admin_count: result.users.byRole.ADMIN ?? 0,
      // Server text as received (key redacted) is data here; terraform quotes it when it shows it.
      provisionable_groups: Object.fromEntries(provisionable.unique),
      group_types: Object.fromEntries(found.map((g) => [g.input, g.type.value])),
      ambiguous_groups: Object.fromEntries([...provisionable.shared, ...[...ambiguous].map(([input, matches]): [string, string[]] => [input, matches.map((m) => m.id.value)])]),
      missing_groups: result.requestedGroups?.missing ?? [],
      complete: result.complete,
    };
  },
});
