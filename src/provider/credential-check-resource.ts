import { randomBytes } from "node:crypto";
import { attr, defineResource, isUnknown, UNKNOWN, type HookBase, type Maybe, type MaybeObjectOf, type ObjectOf, type Returned } from "../tfplugin";
import { ApiKey } from "../twingate/api-key";
import { CREDENTIAL_PATHS, reportFindings } from "./finding-diagnostics";
import { fingerprint, matchesFingerprint, newSalt, saltOf } from "./fingerprint";
import { requiredPermissionOf, requireValidator, runCheck } from "./run-check";
import type { ProviderContext } from "./settings";

/**
 * `c1twingate_credential_check`: proves during plan, and again during apply, that an API key
 * works for a network with the permission required. The key is write-only: Terraform never
 * stores it, so the check runs in PlanResourceChange (every plan), not in ReadResource, and
 * state keeps only a salted fingerprint. A rotated key plans an in-place change of
 * `key_fingerprint`; a revoked key fails the next plan.
 */

export const TYPE_NAME = "c1twingate_credential_check";

export const credentialCheckSchema = {
  description: "Validates a Twingate API key for a network during plan and apply; stores only a salted fingerprint of the key.",
  attributes: {
    id: attr.string({ computed: true, description: "Random identifier of this check." }),
    network: attr.string({ required: true, requiresReplace: true, description: 'Twingate network name or URL ("acme", "acme.twingate.com"). Changing it replaces the check.' }),
    api_key: attr.string({ required: true, sensitive: true, writeOnly: true, description: "Twingate API key. Write-only: never stored in plan or state." }),
    require: attr.string({ default: "read", description: 'Permission the key must have: "read" or "write". Default "read".', validators: [requireValidator] }),
    network_label: attr.string({ computed: true, description: 'The network name ("acme").' }),
    endpoint: attr.string({ computed: true, description: "The GraphQL URL the check used (after any regional redirect)." }),
    permission: attr.string({ computed: true, description: 'Permission proven: "read" or "write" (as far as require asks).' }),
    key_fingerprint: attr.string({ computed: true, description: "Salted HMAC of the API key; changes when the key is rotated." }),
    validated_at: attr.string({ computed: true, description: "When the key was last validated by an apply (RFC 3339)." }),
    user_count: attr.number({ computed: true, description: "Users in the network as of validated_at." }),
    group_count: attr.number({ computed: true, description: "Groups in the network as of validated_at." }),
  },
} as const;

type Schema = typeof credentialCheckSchema;
type State = ObjectOf<Schema>;
type Planned = MaybeObjectOf<Schema>;

function known<T>(value: Maybe<T> | null): T | undefined {
  return value === null || isUnknown(value) ? undefined : (value as T);
}

/** Whatever the check decides: all unknown when the inputs are only known at apply. */
const DEFERRED = {
  network_label: UNKNOWN,
  endpoint: UNKNOWN,
  permission: UNKNOWN,
  key_fingerprint: UNKNOWN,
  validated_at: UNKNOWN,
  user_count: UNKNOWN,
  group_count: UNKNOWN,
} as const;

async function check(base: HookBase<ProviderContext>, network: string, apiKey: string, require: string, phase: string) {
  const result = await runCheck(base.ctx.settings, { network, apiKey, require: requiredPermissionOf(require), phase, source: TYPE_NAME }, base.log, base.signal);
  reportFindings(result.findings, base.diag, CREDENTIAL_PATHS, "Twingate credential check");
  if (base.diag.hasErrors()) return undefined;
  if (!result.network || !result.endpoint) throw new Error("the credential check passed without a network or endpoint; please report this");
  return { result, label: result.network.label, endpoint: result.endpoint };
}

function planFingerprint(apiKey: string, prior: State | null): string | typeof UNKNOWN {
  const key = new ApiKey(apiKey);
  if (prior && matchesFingerprint(key, prior.key_fingerprint)) return prior.key_fingerprint as string;
  // Same salt as before, so a rotated key shows as a known change; a new check gets its salt at apply.
  const salt = saltOf(prior?.key_fingerprint);
  return salt ? fingerprint(key, salt) : UNKNOWN;
}

async function applyCheck(
  args: HookBase<ProviderContext> & { config: State; planned: Planned; prior: State | null },
): Promise<Returned<State> | undefined> {
  const { config, planned, prior, diag } = args;
  const checked = await check(args, config.network, config.api_key, config.require ?? "read", "apply");
  if (!checked) return undefined;
  const key = new ApiKey(config.api_key);
  const plannedPermission = known(planned.permission);
  if (plannedPermission !== undefined && plannedPermission !== checked.result.permission) {
    diag.error(
      "The API key's permission changed between plan and apply",
      `The plan found permission "${plannedPermission}" but the apply found "${checked.result.permission}" for network ${checked.label}. Someone changed the key in the Twingate admin console meanwhile: run terraform plan again.`,
      ["api_key"],
    );
  }
  const plannedFingerprint = known(planned.key_fingerprint);
  if (plannedFingerprint !== undefined && !matchesFingerprint(key, plannedFingerprint)) {
    diag.error(
      "The API key changed between plan and apply",
      "The key given to apply is not the key the plan checked (its fingerprint differs). Apply with the same key, or run terraform plan again.",
      ["api_key"],
    );
  }
  for (const [name, found] of [["network_label", checked.label], ["endpoint", checked.endpoint]] as const) {
    const plannedValue = known(planned[name]);
    if (plannedValue !== undefined && plannedValue !== found) {
      diag.error(`The Twingate ${name} changed between plan and apply`, `The plan used ${plannedValue} but the apply reached ${found}. Run terraform plan again.`, [name]);
    }
  }
  if (diag.hasErrors()) return undefined;
  const counts = checked.result.counts;
  return {
    id: known(planned.id) ?? `${checked.label}-${randomBytes(6).toString("hex")}`,
    network_label: checked.label,
    endpoint: checked.endpoint,
    permission: checked.result.permission,
    key_fingerprint: plannedFingerprint ?? fingerprint(key, saltOf(prior?.key_fingerprint) ?? newSalt()),
    validated_at: known(planned.validated_at) ?? new Date().toISOString(),
    user_count: known(planned.user_count) ?? counts?.users ?? 0,
    group_count: known(planned.group_count) ?? counts?.groups ?? 0,
  };
}

export const credentialCheckResource = defineResource<ProviderContext>()({
  schema: credentialCheckSchema,

  async plan(args) {
    const { config, prior, planned } = args;
    const network = known(config.network);
    const apiKey = known(config.api_key);
    const require = known(planned.require);
    // Inputs only known at apply (e.g. a key from another resource): the check runs then.
    if (network === undefined || apiKey === undefined || require === undefined) return { planned: DEFERRED };

    const checked = await check(args, network, apiKey, require, "plan");
    if (!checked) return undefined;
    const keyFingerprint = planFingerprint(apiKey, prior);
    const unchanged =
      prior !== null &&
      prior.network === network &&
      prior.require === require &&
      prior.network_label === checked.label &&
      prior.endpoint === checked.endpoint &&
      prior.permission === checked.result.permission &&
      prior.key_fingerprint === keyFingerprint;
    const decided = { network_label: checked.label, endpoint: checked.endpoint, permission: checked.result.permission, key_fingerprint: keyFingerprint };
    // Counts drift with the tenant: a no-op plan keeps them "as of validated_at"; a change re-reads them at apply.
    if (unchanged) return { planned: { ...decided, validated_at: prior.validated_at, user_count: prior.user_count, group_count: prior.group_count } };
    return { planned: { ...decided, validated_at: UNKNOWN, user_count: UNKNOWN, group_count: UNKNOWN } };
  },

  async create(args) {
    return applyCheck({ ...args, prior: null });
  },

  async update(args) {
    return applyCheck(args);
  },

  // The key is write-only, so there is nothing to re-check here: plan does it, with the key.
  async read() {
    return undefined;
  },

  // Nothing exists outside Terraform's state.
  async delete() {},
});
