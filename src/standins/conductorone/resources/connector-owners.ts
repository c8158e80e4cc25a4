/**
 * `conductorone_connector_owner_user` and `conductorone_connector_owner_entitlement` (schemas:
 * the document; provider ≥ 1.4.0): one owner of one connector, a user or the members of an
 * app entitlement (a group). Every argument replaces the owner (no update). The API answers
 * 404 for an unknown connector, user or entitlement (an error), and a Get that finds no owner
 * removes it from state. Imported by the JSON ids of the document's x_import.
 */
import { z } from "zod";
import { standinResource, type Result } from "../define";
import type { StandinAppEntitlement, StandinUser } from "../store";

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

/** The API's User as the provider nests it (attributes the stand-in does not keep stay null). */
export function userObject(u: StandinUser): Result {
  return {
    id: u.id,
    email: u.email,
    emails: [u.email],
    display_name: u.display_name,
    username: u.username,
    usernames: u.username === null ? [] : [u.username],
    status: u.status,
    type: u.type,
    department: u.department,
    job_title: u.job_title,
    employment_status: u.employment_status,
    role_ids: u.role_ids,
    manager_ids: u.manager_ids,
    directory_status: "DIRECTORY_STATUS_ENABLED",
    created_at: u.created_at,
    updated_at: u.created_at,
    deleted_at: null,
  };
}

/** The API's AppEntitlement as the provider nests it. */
function entitlementObject(e: StandinAppEntitlement): Result {
  return {
    id: e.id,
    app_id: e.app_id,
    display_name: e.display_name,
    slug: e.slug,
    alias: e.alias,
    description: e.description,
    app_resource_id: e.app_resource_id,
    app_resource_type_id: e.app_resource_type_id,
    created_at: e.created_at,
    deleted_at: null,
  };
}

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
