/**
 * `conductorone_integration_twingate` and `conductorone_integration_baton` (schemas: the
 * document), as the real provider's generated integration code behaves
 * (conductorone-provider.md §3), over the ConductorOne connector API:
 *  - create: with a config value set, Create with config (`/connectors/create`); otherwise
 *    CreateDelegated (`/connectors`), a connector pending its config;
 *  - read: Get; a connector answered with `deletedAt` leaves state; any other failure, a 404
 *    included, is an error with the real provider's text (the ConductorOne simulator answers a
 *    deleted connector 404 by default, as reported for the real API: its read fails);
 *    `twingate_apikey` is never read back; `user_ids` as the API answers them (no longer
 *    returned since ConductorOne's release of July 10 2026, so a configured value drifts);
 *  - update: with config set, Update with the mask "config" (`user_ids` not applied); otherwise
 *    UpdateDelegated with "displayName,userIds";
 *  - import: not supported (the document's x_import).
 * The key travels to ConductorOne, which holds it by design (its connector syncs with it).
 */
import * as z from "zod";
import { BATON_CATALOG_ID, C1NotFoundError, TWINGATE_CATALOG_ID, ENV_CONFIG_TYPE, type Connector } from "../../../conductorone";
import type { Diagnostics } from "../../../tfplugin";
import { standinResource, type Result, type Values } from "../define";
import { toSeconds } from "../ids";
import { rememberSecret } from "../secrets";

export const INTEGRATION_TWINGATE = "conductorone_integration_twingate";
export const INTEGRATION_BATON = "conductorone_integration_baton";

/** Catalog ids and connector display names hard-coded in the provider (x_source notes of the schema document). */
const CONNECTORS = {
  [INTEGRATION_TWINGATE]: { catalogId: TWINGATE_CATALOG_ID, displayName: "Twingate", hasConfig: true },
  [INTEGRATION_BATON]: { catalogId: BATON_CATALOG_ID, displayName: "Baton", hasConfig: false },
} as const;

const args = z.object({
  app_id: z.string(),
  user_ids: z.array(z.string()).nullable(),
  twingate_apikey: z.string().nullable().default(null),
  twingate_domain: z.string().nullable().default(null),
});

/**
 * The EnvConfig the provider sends (integration_helpers.go): only the values that are set, each
 * as `{stringValue}`; null when neither is set (then the provider creates a delegated connector).
 */
function configOf(type: keyof typeof CONNECTORS, v: z.infer<typeof args>): Record<string, unknown> | null {
  if (!CONNECTORS[type].hasConfig || (v.twingate_apikey === null && v.twingate_domain === null)) return null;
  const configuration: Record<string, { stringValue: string }> = {};
  if (v.twingate_apikey !== null) configuration.twingate_apikey = { stringValue: v.twingate_apikey };
  if (v.twingate_domain !== null) configuration.twingate_domain = { stringValue: v.twingate_domain };
  return { "@type": ENV_CONFIG_TYPE, configuration };
}

/**
 * The real provider's read of a connector the API answers 404 for: the SDK's error for a status it
 * does not expect (`unknown status code returned: Status 404` and the body, sdkerror.go), under
 * "failure to invoke API" (integration_twingate_resource.go Read). Nothing is removed from state.
 */
function notFound(diag: Diagnostics, error: C1NotFoundError): void {
  const body = error.serverMessage === undefined ? "" : `\n${JSON.stringify({ code: 5, message: error.serverMessage, details: [] })}`;
  diag.error("failure to invoke API", `unknown status code returned: Status 404${body}`);
}

function timestamps(c: Connector): Result {
  return { id: c.id, app_id: c.appId, created_at: toSeconds(c.createdAt), updated_at: toSeconds(c.updatedAt), deleted_at: toSeconds(c.deletedAt) };
}

function integrationResource(type: keyof typeof CONNECTORS) {
  const connector = CONNECTORS[type];
  return standinResource(type, {
    async create({ config, ctx }) {
      const v = args.parse(config);
      rememberSecret(v.twingate_apikey);
      const userIds = v.user_ids ?? [];
      const cfg = configOf(type, v);
      const created = cfg
        ? await ctx.api.createConnector(v.app_id, { catalogId: connector.catalogId, userIds, config: cfg })
        : await ctx.api.createDelegatedConnector(v.app_id, { displayName: connector.displayName, catalogId: connector.catalogId, userIds });
      // The provider keeps the configured user ids from the create call.
      return { ...timestamps(created), user_ids: userIds };
    },
    async read({ state, ctx, diag }) {
      const v = args.parse(state);
      rememberSecret(v.twingate_apikey);
      let found: Connector;
      try {
        found = await ctx.api.getConnector(v.app_id, z.string().parse(state.id));
      } catch (error) {
        if (!(error instanceof C1NotFoundError)) throw error;
        notFound(diag, error);
        return {};
      }
      if (found.deletedAt !== null) return null;
      return {
        ...timestamps(found),
        user_ids: found.userIds,
        // Copied back only when the API returns it as an EnvConfig stringValue.
        ...(connector.hasConfig ? { twingate_domain: found.config?.twingateDomain ?? v.twingate_domain } : {}),
      };
    },
    async update({ config, prior, ctx }) {
      const v = args.parse(config);
      rememberSecret(v.twingate_apikey);
      const id = z.string().parse(prior.id);
      const cfg = configOf(type, v);
      const updated = cfg
        ? await ctx.api.updateConnectorConfig(v.app_id, id, cfg)
        : await ctx.api.updateConnectorDelegated(v.app_id, id, { displayName: connector.displayName, userIds: v.user_ids ?? [] });
      return { ...timestamps(updated), user_ids: v.user_ids ?? [] };
    },
    async delete({ prior, ctx }) {
      await ctx.api.deleteConnector(z.string().parse(prior.app_id), z.string().parse(prior.id));
    },
  });
}

export const integrationTwingate = integrationResource(INTEGRATION_TWINGATE);
export const integrationBaton = integrationResource(INTEGRATION_BATON);
