/**
 * `conductorone_integration_twingate` and `conductorone_integration_baton` (schemas: the
 * document), as the real provider's generated integration code behaves
 * (conductorone-provider.md §3):
 *  - create: with a config value set, Create with config; otherwise CreateDelegated;
 *  - read: a connector with `deleted_at` leaves state; any other failure, a 404 included,
 *    is an error (a connector deleted outside Terraform does not silently disappear);
 *    `twingate_apikey` is never read back; `user_ids` is no longer returned by the API
 *    (ConductorOne release of July 10 2026), so a configured value drifts;
 *  - update: with config set, the update mask is "config" and `user_ids` is not applied;
 *  - import: not supported (the document's x_import).
 */
import { z } from "zod";
import type { Diagnostics } from "../../../tfplugin";
import { standinResource, type Result, type Values } from "../define";
import { planUpdatedAt } from "../plan-updated-at";
import { rememberSecret } from "../secrets";
import type { StandinIntegration } from "../store";
import type { ConnectorInput } from "../tenant";

export const INTEGRATION_TWINGATE = "conductorone_integration_twingate";
export const INTEGRATION_BATON = "conductorone_integration_baton";

/** Catalog ids and connector display names hard-coded in the provider (x_source notes of the schema document). */
const CONNECTORS = {
  [INTEGRATION_TWINGATE]: { catalog_id: "2G8Wk6xIkBU5qJ1O4wlz4mD8ef0", display_name: "Twingate", hasConfig: true },
  [INTEGRATION_BATON]: { catalog_id: "2HErg7BRmNdHgX8sTCWVq4E1fyh", display_name: "Baton", hasConfig: false },
} as const;

const args = z.object({
  app_id: z.string(),
  user_ids: z.array(z.string()).nullable(),
  twingate_apikey: z.string().nullable().default(null),
  twingate_domain: z.string().nullable().default(null),
});

function configOf(type: keyof typeof CONNECTORS, v: z.infer<typeof args>): ConnectorInput["config"] {
  if (!CONNECTORS[type].hasConfig || (v.twingate_apikey === null && v.twingate_domain === null)) return null;
  return { twingate_domain: v.twingate_domain, twingate_apikey_set: v.twingate_apikey !== null };
}

function notFound(diag: Diagnostics, state: Values): void {
  diag.error(
    "failure to invoke API",
    `unknown status code returned: Status 404 (the stand-in holds no connector "${String(state.id)}" on app "${String(state.app_id)}": it was deleted outside Terraform). ` +
      "The real provider fails the same way on a 404: remove the resource from state (terraform state rm <address>) and apply again to create a new connector.",
  );
}

function timestamps(c: StandinIntegration): Result {
  return { id: c.id, app_id: c.app_id, created_at: c.created_at, updated_at: c.updated_at, deleted_at: c.deleted_at };
}

function integrationResource(type: keyof typeof CONNECTORS) {
  const connector = CONNECTORS[type];
  return standinResource(type, {
    plan: ({ prior, planned }) => planUpdatedAt(prior, planned),
    async create({ config, ctx }) {
      const v = args.parse(config);
      rememberSecret(v.twingate_apikey);
      const created = await ctx.tenant.createConnector(
        { app_id: v.app_id, catalog_id: connector.catalog_id, display_name: connector.display_name, user_ids: v.user_ids ?? [], config: configOf(type, v) },
        type,
      );
      // The create response echoes the request's user ids.
      return { ...timestamps(created), user_ids: v.user_ids ?? [] };
    },
    async read({ state, ctx, diag }) {
      const v = args.parse(state);
      rememberSecret(v.twingate_apikey);
      const found = await ctx.tenant.getConnector(v.app_id, z.string().parse(state.id));
      if (!found) {
        notFound(diag, state);
        return {};
      }
      if (found.deleted_at !== null) return null;
      return {
        ...timestamps(found),
        user_ids: [],
        ...(connector.hasConfig ? { twingate_domain: found.twingate_domain ?? v.twingate_domain } : {}),
      };
    },
    async update({ config, prior, ctx, diag }) {
      const v = args.parse(config);
      rememberSecret(v.twingate_apikey);
      const cfg = configOf(type, v);
      const updated = await ctx.tenant.updateConnector(v.app_id, z.string().parse(prior.id), cfg ? { config: cfg } : { user_ids: v.user_ids ?? [] }, type);
      if (!updated) {
        notFound(diag, prior);
        return {};
      }
      return { ...timestamps(updated), user_ids: v.user_ids ?? [] };
    },
    async delete({ prior, ctx }) {
      await ctx.tenant.deleteConnector(z.string().parse(prior.app_id), z.string().parse(prior.id), type);
    },
  });
}

export const integrationTwingate = integrationResource(INTEGRATION_TWINGATE);
export const integrationBaton = integrationResource(INTEGRATION_BATON);
