import { randomBytes } from "node:crypto";
import { attr, defineResource, isUnknown, UNKNOWN, type HookBase, type Maybe, type MaybeObjectOf, type ObjectOf, type Returned } from "../tfplugin";
import { ApiKey } from "../twingate/api-key";
import { isSurface, SURFACE_INPUT_NAMES, SURFACES } from "../reconciler/settings";
import { CREDENTIAL_PATHS, reportFindings } from "./finding-diagnostics";
import { fingerprint, matchesFingerprint, newSalt, saltOf } from "./fingerprint";
import { requiredPermissionOf, requireValidator, runCheck } from "./run-check";
import type { ProviderContext } from "./settings";
import { networkNotCredential } from "./network-argument";
import { enumProblem } from "./value-shape";

/**
 * `c1twingate_credential_check`: proves during plan, and again during apply, that an API key
 * works for a network with the permission required. The key is write-only: Terraform never
 * stores it, so the check runs in PlanResourceChange (every plan), not in ReadResource, and
 * state keeps only a salted fingerprint. A rotated key plans an in-place update; a revoked key
 * fails the next plan.
 *
 * What the plan shows must survive Terraform's re-plan at apply time, which may see another key
 * (an ephemeral variable is given again at apply, also for a saved plan) or another shard. So
 * only values that follow from the configuration and a passing check are planned as known
 * (network_label, api_url, permission = require); what the API or the key decides (endpoint,
 * key_fingerprint, validated_at, the counts) is `volatile`: kept when nothing changes, else
 * "known after apply". A key that stops working between plan and apply then fails the re-plan
 * with this provider's own message.
 */
export const TYPE_NAME = "c1twingate_credential_check";

export const credentialCheckSchema = {
  description: "Validates a Twingate API key for a network during plan and apply; stores only a salted fingerprint of the key.",
  attributes: {
    id: attr.string({ computed: true, description: "Random identifier of this check." }),
    network: attr.string({ required: true, requiresReplace: true, description: 'Twingate network name or URL ("acme", "acme.twingate.com"). Changing it replaces the check.' , validators: [networkNotCredential] }),
    api_key: attr.string({ required: true, sensitive: true, writeOnly: true, description: "Twingate API key. Write-only: never stored in plan or state." }),
    require: attr.string({ default: "read", description: 'Permission the key must have: "read" or "write". Default "read".', validators: [requireValidator] }),
    surface: attr.string({
      optional: true,
      description:
        'Whose words the messages use: "terraform" (default: this block\'s arguments, e.g. require = "write") or "twingate-integration" ' +
        '(the TwingateIntegration construct\'s props, e.g. access: "provisioning"; the construct sets it). Changes only messages.',
      validators: [(v) => (isSurface(v) ? undefined : enumProblem("surface", SURFACES, v))],
    }),
    network_label: attr.string({ computed: true, description: 'The network name ("acme").' }),
    api_url: attr.string({
      computed: true,
      description: "The GraphQL URL the configuration names (network, base_url, base_domain), before any regional redirect; known at plan, for preconditions on the host.",
    }),
    endpoint: attr.string({ computed: true, volatile: true, description: "The GraphQL URL the check used (after any regional redirect)." }),
    permission: attr.string({ computed: true, description: 'Permission proven: "read" or "write" (as far as require asks).' }),
    key_fingerprint: attr.string({ computed: true, volatile: true, description: "Salted HMAC of the API key; changes when the key is rotated." }),
    validated_at: attr.string({ computed: true, volatile: true, description: "When the key was last validated by an apply (RFC 3339)." }),
    user_count: attr.number({ computed: true, volatile: true, description: "Users in the network as of validated_at." }),
    group_count: attr.number({ computed: true, volatile: true, description: "Groups in the network as of validated_at." }),
  },
} as const;

type Schema = typeof credentialCheckSchema;
type State = ObjectOf<Schema>;
type Planned = MaybeObjectOf<Schema>;

function known<T>(value: Maybe<T> | null): T | undefined {
  return value === null || isUnknown(value) ? undefined : (value as T);
}

async function check(base: HookBase<ProviderContext>, network: string, apiKey: string, require: string, phase: string, surface: string | null) {
  const inputNames = surface !== null && isSurface(surface) ? SURFACE_INPUT_NAMES[surface] : SURFACE_INPUT_NAMES.terraform;
  const result = await runCheck(base.ctx.settings, { network, apiKey, require: requiredPermissionOf(require), phase, source: TYPE_NAME, inputNames }, base.log, base.signal);
  reportFindings(result.findings, base.diag, CREDENTIAL_PATHS, "Twingate credential check", { destroyWayOut: true });
  if (base.diag.hasErrors()) return undefined;
  if (!result.network || !result.endpoint || !result.apexUrl) throw new Error("the credential check passed without a network or endpoint; please report this");
  return { result, label: result.network.label, endpoint: result.endpoint, apiUrl: result.apexUrl };
}

async function applyCheck(
  args: HookBase<ProviderContext> & { config: State; planned: Planned; prior: State | null },
): Promise<Returned<State> | undefined> {
  const { config, planned, prior, diag } = args;
  const checked = await check(args, config.network, config.api_key, config.require ?? "read", "apply", config.surface);
  if (!checked) return undefined;
  // Terraform re-planned moments ago in this process; a difference means the key's permission changed in between.
  const plannedPermission = known(planned.permission);
  if (plannedPermission !== undefined && plannedPermission !== checked.result.permission) {
    diag.error(
      "The API key's permission changed between plan and apply",
      `The plan found permission "${plannedPermission}" but the apply found "${checked.result.permission}" for network ${checked.label}. Someone changed the key in the Twingate admin console meanwhile: run terraform plan again.`,
      ["api_key"],
    );
    return undefined;
  }
  const counts = checked.result.counts;
  return {
    id: known(planned.id) ?? `${checked.label}-${randomBytes(6).toString("hex")}`,
    network_label: checked.label,
    api_url: checked.apiUrl,
    endpoint: checked.endpoint,
    permission: checked.result.permission,
    // The same salt for the life of the check, so a state diff shows a rotation as a change of one value.
    key_fingerprint: fingerprint(new ApiKey(config.api_key), saltOf(prior?.key_fingerprint) ?? newSalt()),
    validated_at: new Date().toISOString(),
    user_count: counts?.users ?? 0,
    group_count: counts?.groups ?? 0,
  };
}

export const credentialCheckResource = defineResource<ProviderContext>()({
  schema: credentialCheckSchema,
  async plan(args) {
    const { config, prior, planned, diag, ignoredWriteOnly } = args;
    const network = known(config.network);
    const require = known(planned.require);
    if (ignoredWriteOnly.includes("api_key") && isUnknown(config.api_key)) {
      // lifecycle ignore_changes hides the key, and the framework could not restore it.
      diag.warn(
        "The API key was not checked",
        "Terraform sent no value for api_key (lifecycle ignore_changes lists it, and a write-only argument has no prior value to stand in for it), so this plan could not check the key. Remove api_key from ignore_changes to check it at every plan.",
        ["api_key"],
      );
      return undefined;
    }
    const apiKey = known(config.api_key);
    // Inputs only known at apply (e.g. a key from another resource): the check runs then.
    if (network === undefined || apiKey === undefined || require === undefined) return { planned: { network_label: UNKNOWN, api_url: UNKNOWN, permission: UNKNOWN } };
    const checked = await check(args, network, apiKey, require, "plan", known(config.surface) ?? null);
    if (!checked) return undefined;
    // ignore_changes = [api_key] asks that a new key cause no update: it is checked, and the prior fingerprint stays.
    const sameKey = prior !== null && (ignoredWriteOnly.includes("api_key") || matchesFingerprint(new ApiKey(apiKey), prior.key_fingerprint));
    return {
      planned: {
        network_label: checked.label,
        api_url: checked.apiUrl,
        permission: checked.result.permission,
        endpoint: checked.endpoint,
        key_fingerprint: sameKey ? prior.key_fingerprint : UNKNOWN,
        // Counts drift with the tenant: a plan that changes nothing keeps them "as of validated_at".
        validated_at: prior?.validated_at ?? UNKNOWN,
        user_count: prior?.user_count ?? UNKNOWN,
        group_count: prior?.group_count ?? UNKNOWN,
      },
    };
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
