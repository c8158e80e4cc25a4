import { attr, defineDataSource, types } from "../tfplugin";
import { CONNECTOR_VERSIONS, DEFAULT_CONNECTOR_VERSION, isConnectorVersion } from "../reconciler/preview/connector-model";
import type { ConnectorView } from "../reconciler/preview/types";
import { isSurface, SETTING_MAXIMA, SURFACES, type SettingNames } from "../reconciler/settings";
import type { Finding } from "../reconciler/types";
import { CREDENTIAL_PATHS, reportFindings } from "./finding-diagnostics";
import { ambiguousTargets, reportTargets, TARGET_CODES } from "./target-diagnostics";
import { loadEngine } from "./load-engine";
import { rememberSecret } from "./secrets";
import { PROVIDER_SETTING_NAMES, type ProviderContext } from "./settings";
import { networkNotCredential } from "./network-argument";
import { enumProblem, numberValidator } from "./value-shape";

/**
 * `data "c1twingate_sync_preview"`: what ConductorOne's Twingate connector would sync, counted
 * from the live API at plan time, so HCL preconditions can refuse a provisioning target that
 * ConductorOne cannot write to (a SYNCED or SYSTEM group). API failures are errors, and so is
 * a preview stopped by its time budget unless `allow_partial = true` (then a warning, and
 * `complete = false`): counts nobody asked to be partial must not pass a plan. What the preview
 * says about the provisioning targets is a warning, because the configuration's own
 * preconditions decide what is acceptable, except a target name that several groups share: no
 * precondition can tell which group is meant, so it fails the plan by name.
 * `connector_view` holds the counts of what ConductorOne will show (docs/connector-view.md), for
 * preconditions and outputs.
 */

export const TYPE_NAME = "c1twingate_sync_preview";

const DEFAULT_BUDGET_SECONDS = 120;
const CONTEXT = "Twingate sync preview";

/**
 * How this data source's fixes name our settings: its own time_budget_seconds and allow_partial,
 * and the provider block's attributes for the rest (request timeout, response size cap).
 */
export const SYNC_PREVIEW_SETTING_NAMES: SettingNames = {
  ...PROVIDER_SETTING_NAMES,
  timeBudget: (v) => `the data source attribute time_budget_seconds = ${v} (data "${TYPE_NAME}")`,
  allowPartial: () => `the data source attribute allow_partial = true (data "${TYPE_NAME}")`,
  connectorVersion: (v) => `the data source attribute connector_version = "${v}" (data "${TYPE_NAME}")`,
};

const count = (description: string) => attr.number({ computed: true, description });

/** The connector view's counts (src/reconciler/preview/types.ts `ConnectorView`). */
const CONNECTOR_VIEW_ATTRIBUTES = {
  version: attr.string({ computed: true, description: "The connector behaviour modelled." }),
  entitlements: count("Entitlements ConductorOne will show (one per role and one per group)."),
  role_grants: attr.map(types.number, { computed: true, description: 'Role grants ConductorOne will show, by role (e.g. "Admin" → users shown as Admin).' }),
  group_memberships: count("Group memberships Twingate holds (every member page)."),
  group_memberships_seen: count("Group memberships ConductorOne will show (each group's default first member page)."),
  group_memberships_missed: count("Group memberships ConductorOne will not see."),
  groups_not_fully_seen: count("Groups with members ConductorOne will not see."),
  default_member_page: count("The API's default member page as observed; null when no group exceeded it."),
  users_without_role_grant: count("Users ConductorOne shows with no role (a role outside the connector's list)."),
  users_under_other_role: count("Users ConductorOne shows under another role than they hold in Twingate."),
  inactive_users_shown_enabled: count("PENDING, DISABLED (or other non-active) users ConductorOne shows as enabled."),
  provisionable_entitlements: count("Entitlements ConductorOne offers for provisioning."),
  refused_groups: count("Groups offered for provisioning whose membership Twingate refuses to change (SYNCED, SYSTEM, other types)."),
  inactive_groups_offered: count("Inactive groups offered for provisioning (members added get no access)."),
  shared_group_names: count("Names carried by more than one group (one display name for all of them)."),
  sync_requests: count("Requests one ConductorOne sync sends to Twingate."),
  rate_limit_at_risk: attr.bool({
    computed: true,
    description: "One sync plus this preview exceed Twingate's 60 reads per minute; the connector treats a 429 as an empty page.",
  }),
};

/** The data source's `connector_view` from the preview's connector view. */
function connectorViewState(view: ConnectorView) {
  return {
    version: view.version,
    entitlements: view.entitlements.length,
    role_grants: Object.fromEntries(view.entitlements.filter((e) => e.resourceType === "role").map((e) => [e.resourceName.value, e.grants])),
    group_memberships: view.groupMembers.twingate,
    group_memberships_seen: view.groupMembers.seen,
    group_memberships_missed: view.groupMembers.missed,
    groups_not_fully_seen: view.groupMembers.truncatedGroups,
    default_member_page: view.groupMembers.defaultPageSize,
    users_without_role_grant: view.usersWithoutRoleGrant,
    users_under_other_role: view.usersUnderOtherRole,
    inactive_users_shown_enabled: view.inactiveUsersShownEnabled.total,
    provisionable_entitlements: view.provisioning.offered,
    refused_groups: view.provisioning.refused,
    inactive_groups_offered: view.provisioning.inactive,
    shared_group_names: view.sharedNames.names,
    sync_requests: view.syncRequests.total,
    rate_limit_at_risk: view.syncRequests.atRisk,
  };
}

export const syncPreviewSchema = {
  description: "Counts what ConductorOne would sync from a Twingate network and checks provisioning target groups.",
  attributes: {
    network: attr.string({ required: true, description: 'Twingate network name or URL ("acme", "acme.twingate.com").' , validators: [networkNotCredential] }),
    // Data sources cannot have write-only arguments: notStored keeps the key out of state.
    api_key: attr.string({ required: true, sensitive: true, notStored: true, description: "Twingate API key (sensitive, never stored in state)." }),
    groups: attr.list(types.string, {
      optional: true,
      description: "Provisioning target groups (names or IDs) to look up; each non-empty.",
      // A blank name names no group: refused, never silently dropped (the CLI and the construct refuse it too).
      validators: [
        (names) =>
          names.flatMap((name, i) => (name.trim() === "" ? [`groups[${i}] is ${JSON.stringify(name)}: an empty group name names no group. Remove the element or write the group's name or ID.`] : [])),
      ],
    }),
    surface: attr.string({
      optional: true,
      description:
        'Who else reports on the key: "terraform" (default: this data source reports every failure) or "twingate-integration" (set by the ' +
        "TwingateIntegration construct, whose credential check fails the plan for a wrong key or network: such a failure is then left to the " +
        "check, one error per cause, and this data source returns empty results with a warning).",
      validators: [(v) => (isSurface(v) ? undefined : enumProblem("surface", SURFACES, v))],
    }),
    time_budget_seconds: attr.number({
      optional: true,
      description: `Longest the preview may take, waits under the rate limit included, in seconds; a preview stopped there fails the plan unless allow_partial = true. Default ${DEFAULT_BUDGET_SECONDS}, at most ${SETTING_MAXIMA.timeBudget}.`,
      validators: [numberValidator("time_budget_seconds", { min: 0, exclusiveMin: true, max: SETTING_MAXIMA.timeBudget })],
    }),
    allow_partial: attr.bool({
      optional: true,
      description:
        "Accept a preview stopped by time_budget_seconds: partial counts, complete = false and a warning, instead of an error. Default false. A preview that read nothing fails either way.",
    }),
    connector_version: attr.string({
      optional: true,
      description:
        `Which behaviour of ConductorOne's Twingate connector connector_view models: ${CONNECTOR_VERSIONS.map((v) => `"${v}"`).join(" or ")}. ` +
        `Default "${DEFAULT_CONNECTOR_VERSION}" (what the cloud-hosted v1 integration most likely runs, inferred).`,
      validators: [(v) => (isConnectorVersion(v) ? undefined : enumProblem("connector_version", CONNECTOR_VERSIONS, v))],
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
    complete: attr.bool({ computed: true, description: "False when the preview stopped at its time budget with allow_partial = true (counts are then partial)." }),
    connector_view: attr.nested("single", CONNECTOR_VIEW_ATTRIBUTES, {
      computed: true,
      description: "What ConductorOne will show, as the connector of connector_version builds it from this network (counts; see docs/connector-view.md).",
    }),
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

/**
 * Errors that fail the read: API failures, inputs refused, and an incomplete preview the user
 * did not accept (the engine makes it a warning under allowPartial). The provisioning targets'
 * verdicts are left to reportTargets, which keeps only an ambiguous target an error here.
 */
function failsTheRead(finding: Finding): boolean {
  return finding.severity === "error" && !TARGET_CODES.has(finding.code);
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
      ...(config.connector_version !== null && isConnectorVersion(config.connector_version) ? { connectorVersion: config.connector_version } : {}),
      allowPartial: config.allow_partial === true,
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
    const settingNames = SYNC_PREVIEW_SETTING_NAMES;
    // Targets not reached because of a failure are that failure's consequence, not a second cause.
    const failures = result.findings.filter(failsTheRead);
    // The construct's credential check reports a wrong key or network itself, with the same key and network.
    const leftToCheck = config.surface === "twingate-integration" && failures.length > 0 && failures.every((f) => f.subject === "network" || f.subject === "api_key");
    if (leftToCheck) {
      diag.warn("Twingate sync preview: not read", "The credential check of the same integration reports why (its error is the one to fix); the preview is read again at the next plan.");
      return { id: config.network, user_count: 0, group_count: 0, admin_count: 0, provisionable_groups: {}, group_types: {}, ambiguous_groups: {}, missing_groups: [], complete: false, connector_view: null };
    }
    reportFindings(failures, diag, CREDENTIAL_PATHS, CONTEXT, { destroyWayOut: true, settingNames });
    if (diag.hasErrors() || !result.network) return undefined;
    // Warnings about the tenant (and an accepted incomplete preview) on the block: none names an input.
    reportFindings(result.findings.filter((f) => f.severity !== "error" && !TARGET_CODES.has(f.code)), diag, {}, CONTEXT, { settingNames });
    reportTargets(result.requestedGroups, config.groups, result.findings, diag, CONTEXT, settingNames);
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
      connector_view: result.connectorView === null ? null : connectorViewState(result.connectorView),
    };
  },
});
