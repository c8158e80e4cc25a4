/**
 * `conductorone_connector_owner_user` and `conductorone_connector_owner_entitlement` (schemas:
 * the document; provider ≥ 1.4.0): one owner of one connector, a user or the members of an app
 * entitlement (a group), through the connector owners v2 API. Every argument replaces the owner
 * (no update). Create refuses an unknown connector, user or entitlement (the API's error); a Get
 * answered 404 removes the owner from state; a delete of an owner already gone is accepted.
 * The nested `user` / `app_entitlement` come from the API's answer. Imported by the JSON ids of
 * the document's x_import.
 */
import * as z from "zod";
import { standinResource } from "../define";
import { entitlementObject, userObject } from "../objects";
import { toSeconds } from "../ids";

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
const entitlementOf = (k: z.output<typeof entitlementKey>) => ({ appId: k.app_entitlement_ref_app_id, id: k.app_entitlement_ref_id });

export const connectorOwnerUser = standinResource(CONNECTOR_OWNER_USER, {
  async create({ config, ctx }) {
    const k = userKey.parse(config);
    const owner = await ctx.api.addConnectorOwnerUser(k.app_id, k.connector_id, k.role_slug, k.user_ref_id);
    return { ...k, created_at: toSeconds(owner.createdAt), user: owner.user ? userObject(owner.user) : null };
  },
  async read({ state, ctx }) {
    const k = userKey.parse(state);
    const owner = await ctx.api.getConnectorOwnerUser(k.app_id, k.connector_id, k.role_slug, k.user_ref_id);
    if (!owner) return null;
    return { ...k, created_at: toSeconds(owner.createdAt), ...(owner.user ? { user: userObject(owner.user) } : {}) };
  },
  async delete({ prior, ctx }) {
    const k = userKey.parse(prior);
    await ctx.api.deleteConnectorOwnerUser(k.app_id, k.connector_id, k.role_slug, k.user_ref_id);
  },
});

export const connectorOwnerEntitlement = standinResource(CONNECTOR_OWNER_ENTITLEMENT, {
  async create({ config, ctx }) {
    const k = entitlementKey.parse(config);
    const owner = await ctx.api.addConnectorOwnerEntitlement(k.app_id, k.connector_id, k.role_slug, entitlementOf(k));
    return { ...k, created_at: toSeconds(owner.createdAt), app_entitlement: owner.appEntitlement ? entitlementObject(owner.appEntitlement) : null };
  },
  async read({ state, ctx }) {
    const k = entitlementKey.parse(state);
    const owner = await ctx.api.getConnectorOwnerEntitlement(k.app_id, k.connector_id, k.role_slug, entitlementOf(k));
    if (!owner) return null;
    return { ...k, created_at: toSeconds(owner.createdAt), ...(owner.appEntitlement ? { app_entitlement: entitlementObject(owner.appEntitlement) } : {}) };
  },
  async delete({ prior, ctx }) {
    const k = entitlementKey.parse(prior);
    await ctx.api.deleteConnectorOwnerEntitlement(k.app_id, k.connector_id, k.role_slug, entitlementOf(k));
  },
});
