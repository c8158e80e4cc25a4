import * as z from "zod";
import { ksuid } from "../ids";
import { page } from "../paging";
import { newAppRecord } from "../records";
import type { AppRecord } from "../store";
import { badRequest, ID, ok, parse, refuseUnknownFilters, type ApiAnswer, type ApiContext, type Register } from "./context";

/**
 * Apps (reference §2.2: `GET|POST /api/v1/apps`, `GET|POST|DELETE /api/v1/apps/{id}`, updates are
 * POST `{app, updateMask}`), app search (`POST /api/v1/search/apps`, body paging) and app
 * entitlements (`GET /api/v1/apps/{app_id}/entitlements[/{id}]`, answered as
 * `{appEntitlementView: {appEntitlement}}` like the SDK's GetAppEntitlementResponse). Field names
 * of CreateAppRequest and App, terraform-provider-conductorone v1.5.0.
 */

const nullableText = z.string().nullish();
const ref = z.looseObject({ appId: nullableText, id: nullableText });
const matchBatonRef = z.looseObject({ appId: nullableText, connectorId: nullableText, externalId: nullableText });

/** The app fields a request may set (CreateAppRequest / App input). */
const appFields = {
  displayName: z.string().min(1, "displayName is required"),
  description: nullableText,
  grantPolicyId: nullableText,
  revokePolicyId: nullableText,
  certifyPolicyId: nullableText,
  monthlyCostUsd: z.number().int().nullish(),
  identityMatching: z.enum(["APP_USER_IDENTITY_MATCHING_UNSPECIFIED", "APP_USER_IDENTITY_MATCHING_STRICT", "APP_USER_IDENTITY_MATCHING_DISPLAY_NAME", "APP_USER_IDENTITY_MATCHING_CUSTOM"]).nullish(),
  instructions: nullableText,
  strictAccessEntitlementProvisioning: z.boolean().nullish(),
  annotations: z.record(z.string(), z.string()).nullish(),
  matchBatonRef: matchBatonRef.nullish(),
};
const createAppBody = z.looseObject({ ...appFields, appEntitlementOwnerRefs: z.array(ref).nullish(), owners: z.array(z.string()).nullish() });
const updateAppBody = z.looseObject({ app: z.looseObject({ ...appFields, displayName: appFields.displayName.optional() }), updateMask: z.string().optional() });
type AppInput = Partial<z.output<typeof createAppBody>>;
const UPDATABLE = Object.keys(appFields) as Array<keyof typeof appFields>;

const searchAppsBody = z.looseObject({
  displayName: z.string().nullish(),
  query: z.string().nullish(),
  appIds: z.array(z.string()).nullish(),
  excludeAppIds: z.array(z.string()).nullish(),
  onlyDirectories: z.boolean().nullish(),
  pageSize: z.number().nullish(),
  pageToken: z.string().nullish(),
});

/** The record fields of what a request set (unset stays as it was). */
function fieldsOf(input: AppInput): Partial<AppRecord> {
  const out: Partial<AppRecord> = {};
  for (const key of UPDATABLE) {
    const value = input[key];
    if (value === undefined) continue;
    if (key === "annotations") out.annotations = { ...(value as Record<string, string> | null) };
    else if (key === "matchBatonRef") {
      const m = value as z.output<typeof matchBatonRef> | null;
      out.matchBatonRef = m ? { appId: m.appId ?? null, connectorId: m.connectorId ?? null, externalId: m.externalId ?? null } : null;
    } else (out as Record<string, unknown>)[key] = value ?? (key === "description" ? "" : null);
  }
  return out;
}

export function registerApps(r: Register, ctx: ApiContext): void {
  const app = `/api/v1/apps/${ID}`;
  const answer = (a: AppRecord): ApiAnswer => ok({ app: ctx.json.app(a) });

  r("GET", "/api/v1/apps", (_, q) => {
    const apps = [...ctx.store.apps.values()].filter((a) => a.deletedAt === null).sort((a, b) => a.id.localeCompare(b.id));
    const p = page(apps, "apps", q.get("page_size"), q.get("page_token"));
    return ok({ list: p.list.map((a) => ctx.json.app(a)), nextPageToken: p.nextPageToken });
  });

  r("POST", "/api/v1/apps", (_, __, body) => {
    const b = parse(createAppBody, body);
    const refs = (b.appEntitlementOwnerRefs ?? []).map((x) => ({ appId: x.appId ?? null, id: x.id ?? null }));
    for (const x of refs) {
      if (!x.appId || !x.id) throw badRequest("appEntitlementOwnerRefs: each ref needs appId and id");
      ctx.appEntitlement(x.appId, x.id);
    }
    const record = newAppRecord(ksuid(ctx.now()), ctx.at(), { ...fieldsOf(b), displayName: b.displayName, appEntitlementOwnerRefs: refs });
    ctx.store.apps.set(record.id, record);
    ctx.record("create", "app", record.id, `app "${record.displayName}"`);
    return answer(record);
  });

  r("GET", app, ([a]) => answer(ctx.app(a!)));

  r("POST", app, ([a], __, body) => {
    const record = ctx.app(a!);
    const b = parse(updateAppBody, body);
    const mask = (b.updateMask ?? "").split(",").map((m) => m.trim()).filter(Boolean);
    const unknown = mask.find((m) => !(UPDATABLE as string[]).includes(m));
    if (unknown !== undefined) throw badRequest(`updateMask field ${JSON.stringify(unknown)} cannot be updated`);
    const given = fieldsOf(b.app);
    const apply = mask.length > 0 ? mask : Object.keys(given);
    for (const key of apply) (record as unknown as Record<string, unknown>)[key] = (given as Record<string, unknown>)[key] ?? (key === "annotations" ? {} : key === "description" ? "" : null);
    if (!record.displayName) throw badRequest("app.displayName must not be empty");
    record.updatedAt = ctx.at();
    ctx.record("update", "app", record.id, `app "${record.displayName}" (${apply.join(", ") || "nothing"})`);
    return answer(record);
  });

  r("DELETE", app, ([a]) => {
    const record = ctx.app(a!);
    record.deletedAt = ctx.at();
    for (const c of ctx.store.connectorsOf(record.id)) c.deletedAt = record.deletedAt;
    ctx.record("delete", "app", record.id, `app "${record.displayName}" and its connectors`);
    return ok({});
  });

  r("POST", "/api/v1/search/apps", (_, __, body) => {
    const b = parse(searchAppsBody, body);
    refuseUnknownFilters(b, Object.keys(searchAppsBody.shape), "apps");
    const name = b.displayName?.toLowerCase() || undefined;
    const query = b.query?.toLowerCase() || undefined;
    const apps = [...ctx.store.apps.values()]
      .filter((a) => a.deletedAt === null)
      // The provider's docs call the display_name filter case-insensitive.
      .filter((a) => name === undefined || a.displayName.toLowerCase() === name)
      .filter((a) => query === undefined || a.displayName.toLowerCase().includes(query))
      .filter((a) => !b.appIds?.length || b.appIds.includes(a.id))
      .filter((a) => !b.excludeAppIds?.includes(a.id))
      .filter((a) => b.onlyDirectories !== true || a.isDirectory)
      .sort((x, y) => x.id.localeCompare(y.id));
    const p = page(apps, "search-apps", b.pageSize, b.pageToken);
    return ok({ list: p.list.map((a) => ctx.json.app(a)), nextPageToken: p.nextPageToken });
  });

  r("GET", `${app}/entitlements`, ([a], q) => {
    ctx.app(a!);
    const entitlements = [...ctx.store.appEntitlements.values()].filter((e) => e.appId === a && e.deletedAt === null).sort((x, y) => x.id.localeCompare(y.id));
    const p = page(entitlements, `entitlements:${a}`, q.get("page_size"), q.get("page_token"));
    return ok({ list: p.list.map((e) => ({ appEntitlement: ctx.json.appEntitlement(e) })), nextPageToken: p.nextPageToken, expanded: [] });
  });

  r("GET", `${app}/entitlements/${ID}`, ([a, e]) => ok({ appEntitlementView: { appEntitlement: ctx.json.appEntitlement(ctx.appEntitlement(a!, e!)) }, expanded: [] }));
}
