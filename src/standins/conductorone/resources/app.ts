/**
 * `conductorone_app`, with the official provider's schema (display_name
 * required; policies, cost, matching, instructions, annotations optional +
 * computed; owner refs and match_baton_ref as nested attributes; the rest
 * computed). The stand-in keeps id, names and timestamps; other computed
 * attributes come back null or with the API's defaults.
 */
import { attr, defineResource, types } from "../../../tfplugin";
import type { StandinContext } from "../context";
import { newId, nowRfc3339 } from "../ids";
import { planUpdatedAt } from "../updated-at";

export const APP = "conductorone_app";

const optionalComputed = { optional: true, computed: true } as const;
const computed = { computed: true } as const;

export const app = defineResource<StandinContext>()({
  schema: {
    attributes: {
      display_name: attr.string({ required: true }),
      description: attr.string(optionalComputed),
      grant_policy_id: attr.string(optionalComputed),
      revoke_policy_id: attr.string(optionalComputed),
      certify_policy_id: attr.string(optionalComputed),
      monthly_cost_usd: attr.number(optionalComputed),
      identity_matching: attr.string({
        ...optionalComputed,
        validators: [
          (v) =>
            /^APP_USER_IDENTITY_MATCHING_(UNSPECIFIED|STRICT|DISPLAY_NAME|CUSTOM)$/.test(v)
              ? undefined
              : `identity_matching must be one of APP_USER_IDENTITY_MATCHING_{UNSPECIFIED,STRICT,DISPLAY_NAME,CUSTOM}, got "${v}"`,
        ],
      }),
      instructions: attr.string(optionalComputed),
      strict_access_entitlement_provisioning: attr.bool(optionalComputed),
      annotations: attr.map(types.string, optionalComputed),
      app_entitlement_owner_refs: attr.nested("list", { app_id: attr.string({ optional: true }), id: attr.string({ optional: true }) }, { optional: true }),
      match_baton_ref: attr.nested(
        "single",
        { app_id: attr.string({ optional: true }), connector_id: attr.string({ optional: true }), external_id: attr.string({ optional: true }) },
        { optional: true },
      ),
      id: attr.string({ computed: true, useStateForUnknown: true }),
      access_model: attr.string(computed),
      app_account_id: attr.string(computed),
      app_account_name: attr.string(computed),
      app_user_mapper: attr.string(computed),
      connector_version: attr.number(computed),
      created_at: attr.string({ computed: true, useStateForUnknown: true }),
      updated_at: attr.string(computed),
      default_request_catalog_id: attr.string(computed),
      enable_connector_sourced_ownership: attr.bool(computed),
      is_directory: attr.bool(computed),
      is_manually_managed: attr.bool(computed),
      parent_app_id: attr.string(computed),
      revoke_grant_sources: attr.string(computed),
      user_count: attr.string(computed),
    },
  },
  plan({ prior, planned }) {
    return { planned: planUpdatedAt(prior, planned) };
  },
  async create({ config, ctx }) {
    return ctx.store.update((state, record) => {
      const at = nowRfc3339();
      const id = newId();
      state.apps.push({ id, display_name: config.display_name, description: config.description, managed: true, created_at: at, updated_at: at });
      record("create", APP, id);
      return {
        id,
        created_at: at,
        updated_at: at,
        description: config.description ?? "",
        grant_policy_id: config.grant_policy_id,
        revoke_policy_id: config.revoke_policy_id,
        certify_policy_id: config.certify_policy_id,
        monthly_cost_usd: config.monthly_cost_usd ?? 0,
        identity_matching: config.identity_matching ?? "APP_USER_IDENTITY_MATCHING_UNSPECIFIED",
        instructions: config.instructions ?? "",
        strict_access_entitlement_provisioning: config.strict_access_entitlement_provisioning ?? false,
        annotations: config.annotations ?? {},
        access_model: null,
        app_account_id: null,
        app_account_name: null,
        app_user_mapper: null,
        connector_version: null,
        default_request_catalog_id: null,
        enable_connector_sourced_ownership: false,
        is_directory: false,
        is_manually_managed: true,
        parent_app_id: null,
        revoke_grant_sources: null,
        user_count: "0",
      };
    });
  },
  async read({ state, ctx }) {
    const found = ctx.store.read().apps.find((a) => a.id === state.id);
    if (!found) return null;
    return { display_name: found.display_name };
  },
  async update({ config, prior, ctx }) {
    const id = prior.id ?? "";
    return ctx.store.update((state, record) => {
      const found = state.apps.find((a) => a.id === id);
      const at = nowRfc3339();
      if (found) {
        found.display_name = config.display_name;
        found.description = config.description ?? found.description;
        found.updated_at = at;
      }
      record("update", APP, id);
      return { updated_at: at };
    });
  },
  async delete({ prior, ctx }) {
    const id = prior.id ?? "";
    ctx.store.update((state, record) => {
      state.apps = state.apps.filter((a) => a.id !== id);
      record("delete", APP, id);
    });
  },
  async import({ id }) {
    return { id };
  },
});
