/**
 * `conductorone_connector_owner_user` (official provider ≥ 1.4.0): one owner of
 * one connector. Every input replaces the resource; `user` is computed. The
 * stand-in refuses unknown connectors and users, as the API answers 404.
 */
import { attr, defineResource } from "../../../tfplugin";
import type { StandinContext } from "../context";
import { StandinReferenceError } from "../errors";
import { nowRfc3339 } from "../ids";

export const CONNECTOR_OWNER_USER = "conductorone_connector_owner_user";

const replaces = { required: true, requiresReplace: true } as const;

function ownerKey(o: { app_id: string; connector_id: string; role_slug: string; user_ref_id: string }): string {
  return JSON.stringify({ app_id: o.app_id, connector_id: o.connector_id, role_slug: o.role_slug, user_ref_id: o.user_ref_id });
}

export const connectorOwnerUser = defineResource<StandinContext>()({
  schema: {
    attributes: {
      app_id: attr.string(replaces),
      connector_id: attr.string(replaces),
      role_slug: attr.string(replaces),
      user_ref_id: attr.string(replaces),
      user_ref: attr.nested("single", { id: attr.string({ optional: true }) }, { optional: true, requiresReplace: true }),
      created_at: attr.string({ computed: true, useStateForUnknown: true }),
      user: attr.nested(
        "single",
        { id: attr.string({ computed: true }), email: attr.string({ computed: true }), display_name: attr.string({ computed: true }) },
        { computed: true },
      ),
    },
  },
  async create({ config, ctx }) {
    return ctx.store.update((state, record) => {
      if (!state.integrations.some((i) => i.id === config.connector_id && i.app_id === config.app_id)) {
        throw new StandinReferenceError("connector", config.connector_id, `No connector with that id exists on app "${config.app_id}"; create the integration first.`);
      }
      const user = state.users.find((u) => u.id === config.user_ref_id);
      if (!user) throw new StandinReferenceError("user", config.user_ref_id, "Use the id of an existing ConductorOne user (seed it in the stand-in state file).");
      const at = nowRfc3339();
      const owner = { app_id: config.app_id, connector_id: config.connector_id, role_slug: config.role_slug, user_ref_id: config.user_ref_id, created_at: at };
      state.connector_owners.push(owner);
      record("create", CONNECTOR_OWNER_USER, ownerKey(owner));
      return { created_at: at, user: { id: user.id, email: user.email, display_name: user.display_name } };
    });
  },
  async read({ state, ctx }) {
    const exists = ctx.store.read().connector_owners.some((o) => ownerKey(o) === ownerKey(state));
    return exists ? state : null;
  },
  async delete({ prior, ctx }) {
    ctx.store.update((state, record) => {
      state.connector_owners = state.connector_owners.filter((o) => ownerKey(o) !== ownerKey(prior));
      record("delete", CONNECTOR_OWNER_USER, ownerKey(prior));
    });
  },
});
