import * as z from "zod";
import { ksuid } from "../ids";
import { page } from "../paging";
import { twingateSettingsOf, type ConnectorRecord } from "../store";
import { ApiError, badRequest, GRPC, ID, ok, parse, type ApiContext, type Register } from "./context";

/**
 * Connectors (reference §2.1): list, create (with config), delegated create (no config), get
 * (a deleted one answers 404, or with `deletedAt` when the simulator is set so), update (`updateMask: "config"`), delegated update
 * (`displayName,userIds`), delete (body `{}`), and force_sync / pause / resume. Saving a config
 * queues the first sync ("Syncing, followed by Connected").
 */

/** Display names of the catalog entries the provider hard-codes (reference §2.1). */
const CATALOG_NAMES: Record<string, string> = { "2G8Wk6xIkBU5qJ1O4wlz4mD8ef0": "Twingate", "2HErg7BRmNdHgX8sTCWVq4E1fyh": "Baton" };

const configBody = z.looseObject({ "@type": z.string().min(1, "config.@type is required") });
const createConnectorBody = z.looseObject({
  catalogId: z.string({ error: "catalogId is required" }).min(1, "catalogId is required"),
  userIds: z.array(z.string()).nullish(),
  config: configBody,
  description: z.string().optional(),
});
const createDelegatedBody = z.looseObject({
  displayName: z.string().optional(),
  catalogId: z.string({ error: "catalogId is required" }).min(1, "catalogId is required"),
  userIds: z.array(z.string()).nullish(),
  description: z.string().optional(),
});
const updateBody = z.looseObject({
  connector: z.looseObject({ displayName: z.string().optional(), userIds: z.array(z.string()).nullish(), config: configBody.nullish(), description: z.string().optional() }),
  updateMask: z.string().optional(),
});

/** What a change log line says about a connector's config: the domain, and whether a key is set (never the key). */
function configSummary(config: Record<string, unknown> | null): string {
  if (config === null) return "no config";
  const { domain, apiKey } = twingateSettingsOf(config);
  return `twingate_domain ${domain ?? "(none)"}, twingate_apikey ${apiKey === undefined ? "(none)" : "<set>"}`;
}

export function registerConnectors(r: Register, ctx: ApiContext): void {
  const app = `/api/v1/apps/${ID}`;
  const connector = `${app}/connectors/${ID}`;

  r("GET", `${app}/connectors`, ([a], q) => {
    ctx.app(a!);
    const p = page(ctx.store.connectorsOf(a!), `connectors:${a}`, q.get("page_size"), q.get("page_token"));
    return ok({ list: p.list.map((c) => ({ connector: ctx.json.connector(c) })), nextPageToken: p.nextPageToken, expanded: [] });
  });

  const create = (appId: string, body: unknown, delegated: boolean) => {
    ctx.app(appId);
    const input = delegated ? { ...parse(createDelegatedBody, body), config: null } : parse(createConnectorBody, body);
    const userIds = input.userIds ?? [];
    ctx.checkUsers(userIds);
    const now = ctx.now();
    const at = ctx.at();
    const c: ConnectorRecord = {
      id: ksuid(now),
      appId,
      catalogId: input.catalogId,
      displayName: ("displayName" in input && typeof input.displayName === "string" ? input.displayName : undefined) ?? CATALOG_NAMES[input.catalogId] ?? "Connector",
      description: input.description ?? "",
      userIds,
      config: input.config ? { ...input.config } : null,
      configUpdatedAt: input.config ? at : null,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      status: null,
      syncDisabledAt: null,
      syncDisabledReason: null,
      syncDisabledCategory: null,
      canResumeSync: false,
      behaviour: undefined,
      run: null,
      lastSync: null,
      syncs: 0,
    };
    ctx.store.connectors.set(c.id, c);
    if (c.config) ctx.sync.restart(c);
    ctx.record("create", "connector", c.id, `connector "${c.displayName}" of app ${appId} (catalog ${c.catalogId}, ${configSummary(c.config)})`);
    return ok(ctx.json.connectorView(c));
  };
  r("POST", `${app}/connectors`, ([a], __, b) => create(a!, b, true));
  r("POST", `${app}/connectors/create`, ([a], __, b) => create(a!, b, false));

  // A deleted connector: 404 by default, or answered with deletedAt (ctx.deletedConnectorRead).
  r("GET", connector, ([a, c]) => ok(ctx.json.connectorView(ctx.connector(a!, c!, ctx.deletedConnectorRead === "deleted-at"))));

  const update = (appId: string, connectorId: string, body: unknown, delegated: boolean) => {
    const c = ctx.connector(appId, connectorId);
    const b = parse(updateBody, body);
    const mask = (b.updateMask ?? "").split(",").map((m) => m.trim()).filter(Boolean);
    if (mask.length === 0) throw badRequest("updateMask is required");
    for (const field of mask) {
      if (field === "config" && !delegated) {
        if (!b.connector.config) throw badRequest("connector.config is required by the update mask");
        c.config = { ...b.connector.config };
        c.configUpdatedAt = ctx.at();
        // A new key or domain: the next sync proves it.
        ctx.sync.restart(c);
      } else if (field === "displayName" && b.connector.displayName !== undefined) {
        c.displayName = b.connector.displayName;
      } else if (field === "userIds") {
        const userIds = b.connector.userIds ?? [];
        ctx.checkUsers(userIds);
        c.userIds = userIds;
      } else if (field === "description" && b.connector.description !== undefined) {
        c.description = b.connector.description;
      } else if (field !== "displayName" && field !== "description") {
        throw badRequest(`updateMask field ${JSON.stringify(field)} is not supported here`);
      }
    }
    c.updatedAt = ctx.at();
    const what = mask.includes("config") ? configSummary(c.config) : mask.join(", ");
    ctx.record("update", "connector", c.id, `connector "${c.displayName}" (${what})`);
    return ok(ctx.json.connectorView(c));
  };
  r("POST", connector, ([a, c], __, b) => update(a!, c!, b, false));
  r("POST", `${connector}/delegated`, ([a, c], __, b) => update(a!, c!, b, true));

  r("DELETE", connector, ([a, id]) => {
    const c = ctx.connector(a!, id!);
    c.deletedAt = ctx.at();
    c.run = null;
    ctx.record("delete", "connector", c.id, `connector "${c.displayName}"`);
    return ok({});
  });

  r("POST", `${connector}/force_sync`, ([a, id]) => {
    const c = ctx.connector(a!, id!);
    if (c.syncDisabledAt) throw new ApiError(400, GRPC.failedPrecondition, "connector sync is paused: resume it first");
    ctx.sync.queue(c);
    return ok({});
  });

  r("POST", `${connector}/pause`, ([a, id]) => {
    ctx.sync.pause(ctx.connector(a!, id!), ctx.at());
    return ok({});
  });

  r("POST", `${connector}/resume`, ([a, id]) => {
    ctx.sync.resume(ctx.connector(a!, id!));
    return ok({});
  });
}
