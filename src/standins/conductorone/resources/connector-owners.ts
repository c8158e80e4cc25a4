/**
 * `conductorone_connector_owner_user` and `conductorone_connector_owner_entitlement` (schemas:
 * the document; provider ≥ 1.4.0): one owner of one connector, a user or the members of an
 * app entitlement (a group). Every argument replaces the owner (no update). The API answers
 * 404 for an unknown connector, user or entitlement (an error), and a Get that finds no owner
 * removes it from state. Imported by the JSON ids of the document's x_import.
 */
import { z } from "zod";
import { standinResource } from "../define";
import { entitlementObject, userObject } from "../objects";

export const CONNECTOR_OWNER_USER = "conductorone_connector_owner_user";
export const CONNECTOR_OWNER_ENTITLEMENT = "conductorone_connector_owner_entitlement";

const userKey = z.object({ app_id: z.string(), connector_id: z.string(), role_slug: z.string(), user_ref_id: z.string() });
const entitlementKey = z.object({
  app_id: z.string(),
  connector_id: z.string(),
  role_slug: z.string(),
  app_entitlement_ref_app_id: z.string(),
  app_entitlement_ref_id: z.string(),
});

export const connectorOwnerUser = standinResource(CONNECTOR_OWNER_USER, {
  async create({ config, ctx }) {
    const key = userKey.parse(config);
    const owner = await ctx.tenant.createConnectorOwnerUser(key);
    const user = await ctx.tenant.getUser(key.user_ref_id);
    return { ...key, created_at: owner.created_at, user: user ? userObject(user) : null };
  },
  async read({ state, ctx }) {
    const key = userKey.parse(state);
    const owner = await ctx.tenant.getConnectorOwnerUser(key);
    if (!owner) return null;
    const user = await ctx.tenant.getUser(key.user_ref_id);
    return { ...key, created_at: owner.created_at, ...(user ? { user: userObject(user) } : {}) };
  },
  async delete({ prior, ctx }) {
    await ctx.tenant.deleteConnectorOwnerUser(userKey.parse(prior));
  },
});

export const connectorOwnerEntitlement = standinResource(CONNECTOR_OWNER_ENTITLEMENT, {
  async create({ config, ctx }) {
    const key = entitlementKey.parse(config);
    const owner = await ctx.tenant.createConnectorOwnerEntitlement(key);
    const entitlement = await ctx.tenant.getAppEntitlement(key.app_entitlement_ref_app_id, key.app_entitlement_ref_id);
    return { ...key, created_at: owner.created_at, app_entitlement: entitlement ? entitlementObject(entitlement) : null };
  },
  async read({ state, ctx }) {
    const key = entitlementKey.parse(state);
    const owner = await ctx.tenant.getConnectorOwnerEntitlement(key);
    if (!owner) return null;
    const entitlement = await ctx.tenant.getAppEntitlement(key.app_entitlement_ref_app_id, key.app_entitlement_ref_id);
    return { ...key, created_at: owner.created_at, ...(entitlement ? { app_entitlement: entitlementObject(entitlement) } : {}) };
  },
  async delete({ prior, ctx }) {
    await ctx.tenant.deleteConnectorOwnerEntitlement(entitlementKey.parse(prior));
  },
});
