import { attr, defineDataSource } from "../tfplugin";
import { CREDENTIAL_PATHS, reportFindings } from "./finding-diagnostics";
import { SURFACE_INPUT_NAMES } from "../reconciler/settings";
import { requiredPermissionOf, requireValidator, runCheck } from "./run-check";
import { PROVIDER_SETTING_NAMES, type ProviderContext } from "./settings";
import { networkNotCredential } from "./network-argument";

/**
 * `data "c1twingate_credentials"`: the same check as the resource, read at every plan, for
 * configurations that only want to read the permission, endpoint and counts. Data sources have
 * no write-only attributes, so the key is kept out of state by returning it as null.
 */

export const TYPE_NAME = "c1twingate_credentials";

export const credentialsSchema = {
  description: "Validates a Twingate API key for a network at every plan and exposes what it can do.",
  attributes: {
    network: attr.string({ required: true, description: 'Twingate network name or URL ("acme", "acme.twingate.com").' , validators: [networkNotCredential] }),
    // Data sources cannot have write-only arguments: notStored keeps the key out of state.
    api_key: attr.string({ required: true, sensitive: true, notStored: true, description: "Twingate API key (sensitive, never stored in state)." }),
    require: attr.string({ optional: true, computed: true, description: 'Permission the key must have: "read" or "write". Default "read".', validators: [requireValidator] }),
    id: attr.string({ computed: true, description: "<network_label>/<require>." }),
    network_label: attr.string({ computed: true, description: 'The network name ("acme").' }),
    endpoint: attr.string({ computed: true, description: "The GraphQL URL the check used (after any regional redirect)." }),
    permission: attr.string({ computed: true, description: 'Permission proven: "read" or "write" (as far as require asks).' }),
    user_count: attr.number({ computed: true, description: "Users in the network." }),
    group_count: attr.number({ computed: true, description: "Groups in the network." }),
  },
} as const;

export const credentialsDataSource = defineDataSource<ProviderContext>()({
  schema: credentialsSchema,
  async read({ config, ctx, diag, log, signal }) {
    const require = requiredPermissionOf(config.require ?? "read");
    const result = await runCheck(
      ctx.settings,
      { network: config.network, apiKey: config.api_key, require, phase: "read", source: TYPE_NAME, inputNames: SURFACE_INPUT_NAMES.terraform },
      log,
      signal,
    );
    reportFindings(result.findings, diag, CREDENTIAL_PATHS, "Twingate credential check", { destroyWayOut: true, settingNames: PROVIDER_SETTING_NAMES });
    if (diag.hasErrors() || !result.network || !result.endpoint) return undefined;
    return {
      require,
      id: `${result.network.label}/${require}`,
      network_label: result.network.label,
      endpoint: result.endpoint,
      permission: result.permission,
      user_count: result.counts?.users ?? 0,
      group_count: result.counts?.groups ?? 0,
    };
  },
});
