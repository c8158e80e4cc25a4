/**
 * `conductorone_integration_twingate`, with the official provider's schema:
 * app_id (required, replaces), twingate_apikey (optional, sensitive, kept in
 * Terraform state like the real one), twingate_domain, user_ids
 * (optional+computed), id and timestamps (computed). No import, as upstream.
 */
import { attr, defineResource, types } from "../../../tfplugin";
import type { StandinContext } from "../context";
import { StandinReferenceError } from "../errors";
import { newId, nowRfc3339 } from "../ids";
import { rememberSecret, SECRET_MARKER } from "../secrets";
import { planUpdatedAt } from "../updated-at";

export const INTEGRATION_TWINGATE = "conductorone_integration_twingate";

export const integrationTwingate = defineResource<StandinContext>()({
  schema: {
    attributes: {
      app_id: attr.string({ required: true, requiresReplace: true, description: "The app the Twingate connector belongs to." }),
      twingate_apikey: attr.string({ optional: true, sensitive: true, description: "Twingate API key (stored in state, as the real provider does)." }),
      twingate_domain: attr.string({ optional: true, description: "Twingate network name, e.g. acme for acme.twingate.com." }),
      user_ids: attr.list(types.string, { optional: true, computed: true }),
      id: attr.string({ computed: true }),
      created_at: attr.string({ computed: true, useStateForUnknown: true }),
      deleted_at: attr.string({ computed: true }),
      updated_at: attr.string({ computed: true }),
    },
  },
  plan({ prior, planned }) {
    return { planned: planUpdatedAt(prior, planned) };
  },
  async create({ config, ctx, log }) {
    rememberSecret(config.twingate_apikey);
    return ctx.store.update((state, record) => {
      if (!state.apps.some((a) => a.id === config.app_id)) {
        throw new StandinReferenceError("app", config.app_id, "Create the app first (conductorone_app) or seed it in the stand-in state file.");
      }
      const at = nowRfc3339();
      const id = newId();
      state.integrations.push({
        id,
        app_id: config.app_id,
        twingate_domain: config.twingate_domain,
        twingate_apikey: config.twingate_apikey === null ? null : SECRET_MARKER,
        user_ids: config.user_ids ?? [],
        created_at: at,
        updated_at: at,
      });
      record("create", INTEGRATION_TWINGATE, id);
      log.info("created Twingate connector", { id, app_id: config.app_id });
      return { id, created_at: at, updated_at: at, deleted_at: null, user_ids: config.user_ids ?? [] };
    });
  },
  async read({ state, ctx }) {
    rememberSecret(state.twingate_apikey);
    const found = ctx.store.read().integrations.find((i) => i.id === state.id);
    // The real provider drops the resource when the connector is deleted; the key is never read back.
    if (!found) return null;
    return { twingate_domain: found.twingate_domain, user_ids: found.user_ids, created_at: found.created_at, updated_at: found.updated_at };
  },
  async update({ config, prior, ctx }) {
    rememberSecret(config.twingate_apikey);
    const id = prior.id ?? "";
    return ctx.store.update((state, record) => {
      const found = state.integrations.find((i) => i.id === id);
      if (!found) throw new StandinReferenceError("Twingate connector", id, "It was deleted outside Terraform; run terraform apply -refresh-only, then apply again.");
      found.twingate_domain = config.twingate_domain;
      found.twingate_apikey = config.twingate_apikey === null ? null : SECRET_MARKER;
      found.user_ids = config.user_ids ?? found.user_ids;
      found.updated_at = nowRfc3339();
      record("update", INTEGRATION_TWINGATE, found.id);
      return { updated_at: found.updated_at, user_ids: found.user_ids };
    });
  },
  async delete({ prior, ctx }) {
    const id = prior.id ?? "";
    ctx.store.update((state, record) => {
      state.integrations = state.integrations.filter((i) => i.id !== id);
      state.connector_owners = state.connector_owners.filter((o) => o.connector_id !== id);
      record("delete", INTEGRATION_TWINGATE, id);
    });
  },
});
