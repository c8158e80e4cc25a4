/**
 * `data "conductorone_app"`: the official provider searches apps and takes the
 * first hit, failing on none. The stand-in searches its apps: `display_name`
 * case-insensitive (as documented), `app_ids`, `exclude_app_ids`, `query`.
 */
import { attr, defineDataSource, types } from "../../../tfplugin";
import type { StandinContext } from "../context";
import { StandinNoMatchError } from "../errors";

export const dataApp = defineDataSource<StandinContext>()({
  schema: {
    attributes: {
      display_name: attr.string({ optional: true, computed: true }),
      query: attr.string({ optional: true }),
      app_ids: attr.list(types.string, { optional: true }),
      exclude_app_ids: attr.list(types.string, { optional: true }),
      only_directories: attr.bool({ optional: true }),
      policy_refs: attr.nested("list", { id: attr.string({ optional: true }) }, { optional: true }),
      id: attr.string({ computed: true }),
      description: attr.string({ computed: true }),
      app_account_id: attr.string({ computed: true }),
      app_account_name: attr.string({ computed: true }),
      grant_policy_id: attr.string({ computed: true }),
      revoke_policy_id: attr.string({ computed: true }),
      certify_policy_id: attr.string({ computed: true }),
      identity_matching: attr.string({ computed: true }),
      is_directory: attr.bool({ computed: true }),
      is_manually_managed: attr.bool({ computed: true }),
      monthly_cost_usd: attr.number({ computed: true }),
      parent_app_id: attr.string({ computed: true }),
      user_count: attr.string({ computed: true }),
      created_at: attr.string({ computed: true }),
      updated_at: attr.string({ computed: true }),
      deleted_at: attr.string({ computed: true }),
    },
  },
  async read({ config, ctx }) {
    const name = config.display_name?.toLowerCase() ?? null;
    const query = config.query?.toLowerCase() ?? null;
    const hit = ctx.store.read().apps.find(
      (a) =>
        (name === null || a.display_name.toLowerCase() === name) &&
        (config.app_ids === null || config.app_ids.includes(a.id)) &&
        !(config.exclude_app_ids ?? []).includes(a.id) &&
        (query === null || a.display_name.toLowerCase().includes(query)) &&
        config.only_directories !== true,
    );
    if (!hit) {
      const filter = config.display_name !== null ? `display_name "${config.display_name}"` : query !== null ? `query "${config.query}"` : "the given filters";
      throw new StandinNoMatchError("app", filter);
    }
    return {
      display_name: hit.display_name,
      id: hit.id,
      description: hit.description,
      app_account_id: null,
      app_account_name: null,
      grant_policy_id: null,
      revoke_policy_id: null,
      certify_policy_id: null,
      identity_matching: "APP_USER_IDENTITY_MATCHING_UNSPECIFIED",
      is_directory: false,
      is_manually_managed: !hit.managed,
      monthly_cost_usd: 0,
      parent_app_id: null,
      user_count: "0",
      created_at: hit.created_at,
      updated_at: hit.updated_at,
      deleted_at: null,
    };
  },
});
