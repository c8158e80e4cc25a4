import * as z from "zod";
import { page } from "../paging";
import type { OwnerEntitlementRecord, OwnerRecord } from "../store";
import { badRequest, ID, notFound, ok, parse, type ApiContext, type Register } from "./context";

/**
 * Connector owners v2 (reference §2.3): a user
 * (`…/owners/users/{role_slug}/{user_ref_id}`, body `{userRef: {id}}`, answer `{connectorOwnerUser}`)
 * or the members of an app entitlement, e.g. an IdP group
 * (`…/owners/entitlements/{role_slug}/{app_entitlement_ref_app_id}/{app_entitlement_ref_id}`, body
 * `{appEntitlementRef: {appId, id}}`, answer `{connectorOwnerEntitlement}`), each with Get, Create,
 * Delete and a paged search; and Set (`PUT …/owners`, reference §2.3), which replaces the owners.
 * Adding an owner twice keeps the first. Valid role slugs are not documented (reference §2
 * "Owners"); any is accepted.
 */

const ownerUserBody = z.looseObject({ userRef: z.looseObject({ id: z.string().min(1) }) });
const ownerEntitlementBody = z.looseObject({ appEntitlementRef: z.looseObject({ appId: z.string().min(1), id: z.string().min(1) }) });
/**
 * The Set body. The endpoint is listed (reference §2.3, `ConnectorOwnersV2.Set`) but its request
 * shape is not in the reference: modelled on the documented App Owners Set (`{userIds}`), with
 * entitlement refs and a role slug alongside — UNVERIFIED.
 */
const setOwnersBody = z.looseObject({
  userIds: z.array(z.string().min(1)).nullish(),
  appEntitlementRefs: z.array(z.looseObject({ appId: z.string().min(1), id: z.string().min(1) })).nullish(),
  roleSlug: z.string().min(1).nullish(),
});
/** The role a Set gives owners it adds (role slugs are not documented, reference §2 "Owners"). */
const SET_ROLE = "owner";

export function registerOwners(r: Register, ctx: ApiContext): void {
  const owners = `/api/v2/apps/${ID}/connectors/${ID}/owners`;
  const findUser = (connectorId: string, roleSlug: string, userId: string): OwnerRecord | undefined =>
    ctx.store.owners.find((o) => o.connectorId === connectorId && o.roleSlug === roleSlug && o.userId === userId);
  const findEntitlement = (connectorId: string, roleSlug: string, appId: string, id: string): OwnerEntitlementRecord | undefined =>
    ctx.store.ownerEntitlements.find((o) => o.connectorId === connectorId && o.roleSlug === roleSlug && o.entitlementAppId === appId && o.entitlementId === id);

  // ── Set: replace every owner of the connector (users, and entitlements when given) ──

  r("PUT", owners, ([a, c], __, body) => {
    ctx.connector(a!, c!);
    const b = parse(setOwnersBody, body);
    const role = b.roleSlug ?? SET_ROLE;
    if (b.userIds) {
      ctx.checkUsers(b.userIds);
      const keep = new Set(b.userIds);
      for (const o of ctx.store.owners.filter((o) => o.connectorId === c && !keep.has(o.userId))) {
        ctx.store.owners.splice(ctx.store.owners.indexOf(o), 1);
        ctx.record("delete", "connector_owner_user", `${c}/${o.roleSlug}/${o.userId}`, `owner ${o.userId} (${o.roleSlug}) of connector ${c}`);
      }
      for (const u of keep) {
        if (ctx.store.owners.some((o) => o.connectorId === c && o.userId === u)) continue;
        ctx.store.owners.push({ appId: a!, connectorId: c!, roleSlug: role, userId: u, createdAt: ctx.at() });
        ctx.record("create", "connector_owner_user", `${c}/${role}/${u}`, `owner ${ctx.store.users.get(u)?.email ?? u} (${role}) of connector ${c}`);
      }
    }
    if (b.appEntitlementRefs) {
      for (const ref of b.appEntitlementRefs) ctx.appEntitlement(ref.appId, ref.id);
      const wanted = (o: OwnerEntitlementRecord) => b.appEntitlementRefs!.some((ref) => ref.appId === o.entitlementAppId && ref.id === o.entitlementId);
      for (const o of ctx.store.ownerEntitlements.filter((o) => o.connectorId === c && !wanted(o))) {
        ctx.store.ownerEntitlements.splice(ctx.store.ownerEntitlements.indexOf(o), 1);
        ctx.record("delete", "connector_owner_entitlement", `${c}/${o.roleSlug}/${o.entitlementAppId}/${o.entitlementId}`, `owner entitlement ${o.entitlementAppId}/${o.entitlementId} of connector ${c}`);
      }
      for (const ref of b.appEntitlementRefs) {
        if (ctx.store.ownerEntitlements.some((o) => o.connectorId === c && o.entitlementAppId === ref.appId && o.entitlementId === ref.id)) continue;
        ctx.store.ownerEntitlements.push({ appId: a!, connectorId: c!, roleSlug: role, entitlementAppId: ref.appId, entitlementId: ref.id, createdAt: ctx.at() });
        ctx.record("create", "connector_owner_entitlement", `${c}/${role}/${ref.appId}/${ref.id}`, `owner entitlement ${ref.appId}/${ref.id} (${role}) of connector ${c}`);
      }
    }
    return ok({});
  });

  // ── users ──

  r("GET", `${owners}/users`, ([a, c], q) => {
    ctx.connector(a!, c!);
    const p = page(ctx.store.owners.filter((o) => o.connectorId === c), `owners:${c}`, q.get("page_size"), q.get("page_token"));
    return ok({ list: p.list.map((o) => ctx.json.ownerUser(o)), nextPageToken: p.nextPageToken });
  });

  r("GET", `${owners}/users/${ID}/${ID}`, ([a, c, role, u]) => {
    ctx.connector(a!, c!);
    const owner = findUser(c!, role!, u!);
    if (!owner) throw notFound(`owner ${u} with role ${role}`);
    return ok({ connectorOwnerUser: ctx.json.ownerUser(owner) });
  });

  r("POST", `${owners}/users/${ID}/${ID}`, ([a, c, role, u], __, body) => {
    ctx.connector(a!, c!);
    const b = parse(ownerUserBody, body);
    if (b.userRef.id !== u) throw badRequest("userRef.id does not match the user in the path");
    ctx.checkUsers([u!]);
    let owner = findUser(c!, role!, u!);
    if (!owner) {
      owner = { appId: a!, connectorId: c!, roleSlug: role!, userId: u!, createdAt: ctx.at() };
      ctx.store.owners.push(owner);
      ctx.record("create", "connector_owner_user", `${c}/${role}/${u}`, `owner ${ctx.store.users.get(u!)?.email ?? u} (${role}) of connector ${c}`);
    }
    return ok({ connectorOwnerUser: ctx.json.ownerUser(owner) });
  });

  r("DELETE", `${owners}/users/${ID}/${ID}`, ([a, c, role, u]) => {
    ctx.connector(a!, c!);
    const owner = findUser(c!, role!, u!);
    if (!owner) throw notFound(`owner ${u} with role ${role}`);
    ctx.store.owners.splice(ctx.store.owners.indexOf(owner), 1);
    ctx.record("delete", "connector_owner_user", `${c}/${role}/${u}`, `owner ${ctx.store.users.get(u!)?.email ?? u} (${role}) of connector ${c}`);
    return ok({});
  });

  // ── entitlements (groups) ──

  r("GET", `${owners}/entitlements`, ([a, c], q) => {
    ctx.connector(a!, c!);
    const p = page(ctx.store.ownerEntitlements.filter((o) => o.connectorId === c), `owner-entitlements:${c}`, q.get("page_size"), q.get("page_token"));
    return ok({ list: p.list.map((o) => ctx.json.ownerEntitlement(o)), nextPageToken: p.nextPageToken });
  });

  const entitlementPath = `${owners}/entitlements/${ID}/${ID}/${ID}`;
  r("GET", entitlementPath, ([a, c, role, eApp, e]) => {
    ctx.connector(a!, c!);
    const owner = findEntitlement(c!, role!, eApp!, e!);
    if (!owner) throw notFound(`owner entitlement ${eApp}/${e} with role ${role}`);
    return ok({ connectorOwnerEntitlement: ctx.json.ownerEntitlement(owner) });
  });

  r("POST", entitlementPath, ([a, c, role, eApp, e], __, body) => {
    ctx.connector(a!, c!);
    const b = parse(ownerEntitlementBody, body);
    if (b.appEntitlementRef.appId !== eApp || b.appEntitlementRef.id !== e) throw badRequest("appEntitlementRef does not match the entitlement in the path");
    const entitlement = ctx.appEntitlement(eApp!, e!);
    let owner = findEntitlement(c!, role!, eApp!, e!);
    if (!owner) {
      owner = { appId: a!, connectorId: c!, roleSlug: role!, entitlementAppId: eApp!, entitlementId: e!, createdAt: ctx.at() };
      ctx.store.ownerEntitlements.push(owner);
      ctx.record("create", "connector_owner_entitlement", `${c}/${role}/${eApp}/${e}`, `owner entitlement "${entitlement.displayName}" (${role}) of connector ${c}`);
    }
    return ok({ connectorOwnerEntitlement: ctx.json.ownerEntitlement(owner) });
  });

  r("DELETE", entitlementPath, ([a, c, role, eApp, e]) => {
    ctx.connector(a!, c!);
    const owner = findEntitlement(c!, role!, eApp!, e!);
    if (!owner) throw notFound(`owner entitlement ${eApp}/${e} with role ${role}`);
    ctx.store.ownerEntitlements.splice(ctx.store.ownerEntitlements.indexOf(owner), 1);
    ctx.record("delete", "connector_owner_entitlement", `${c}/${role}/${eApp}/${e}`, `owner entitlement ${eApp}/${e} (${role}) of connector ${c}`);
    return ok({});
  });
}
