/**
 * The ConductorOne stand-in behaves as the real provider where conductorone-provider.md says
 * how, with every rule taken from the schema document (not from hand-kept copies), and keeps
 * its objects in the ConductorOne API simulator: what a test reads back comes from the API.
 */
import { ConductorOneClient } from "../../../src/conductorone";
import { conductoroneSchemaDocument, CONDUCTORONE_PROVIDER_ADDRESS } from "../../../src/standins/conductorone/schema/document";
import { deriveType } from "../../../src/standins/conductorone/schema/derive";
import { Diagnostics, isUnknown, UNKNOWN, type CtyValue } from "../../../src/tfplugin";
import { errors, startStandin, type Harness, type Obj } from "./harness";

const APP_ID = "2YAppTwingate00000000000001";
const ALICE = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", displayName: "Alice Admin", department: "IT" };
const GROUP = { id: "2EntEngineering000000000001", displayName: "Engineering member", slug: "member" };
const KEY = "tgk-standin-canary-0123456789abcdef";
const SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const SEED = { users: [ALICE], apps: [{ id: APP_ID, displayName: "Twingate", entitlements: [GROUP] }] };

describe("ConductorOne stand-in", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startStandin({ simulator: SEED });
    expect(h.configured).toEqual([]);
  });
  afterEach(() => h.cleanup());

  const twingate = (values: Obj) => h.full("conductorone_integration_twingate", values);
  async function createIntegration(values: Obj = {}): Promise<Obj> {
    const created = await h.apply("conductorone_integration_twingate", null, twingate({ app_id: APP_ID, twingate_domain: "acme", twingate_apikey: KEY, ...values }));
    expect(errors(created.diagnostics)).toEqual([]);
    if (!created.state) throw new Error("no state after create");
    return created.state;
  }
  /** Everything the simulator recorded or answered: the key must be in none of it. */
  const simulatorText = () => JSON.stringify([h.sim.requests, h.sim.changes(), h.sim.connectors(), h.sim.tokenAttempts]);

  test("every type of the schema document derives, so every x_* fact is understood", () => {
    const doc = conductoroneSchemaDocument();
    const provider = doc.provider_schemas[CONDUCTORONE_PROVIDER_ADDRESS];
    const resources = Object.keys(provider?.resource_schemas ?? {});
    const dataSources = Object.keys(provider?.data_source_schemas ?? {});
    expect(resources.length + dataSources.length).toBe(25);
    for (const name of resources) expect(deriveType(doc, "resource", name).schema.attributes).toBeDefined();
    for (const name of dataSources) expect(deriveType(doc, "data", name).schema.attributes).toBeDefined();
  });

  test("a fact the stand-in does not know stops it at start-up instead of being dropped", () => {
    const doc = structuredClone(conductoroneSchemaDocument());
    doc.x_plan_modifiers["conductorone_app.display_name"] = ["UseNonNullStateForUnknown"];
    expect(() => deriveType(doc, "resource", "conductorone_app")).toThrow(/does not know the plan modifier "UseNonNullStateForUnknown"/);
    doc.x_plan_modifiers = {};
    doc.x_validators["conductorone_app.display_name"] = ["LengthAtMost(10)"];
    expect(() => deriveType(doc, "resource", "conductorone_app")).toThrow(/does not know the validator/);
  });

  test("ConflictsWith and NotNull of the document are enforced at validate", () => {
    const doc = conductoroneSchemaDocument();
    const entitlement = deriveType(doc, "resource", "conductorone_app_entitlement");
    const diag = new Diagnostics();
    const policy = (v: Record<string, CtyValue>) => ({ provision_policy: v });
    entitlement.validate(policy({ connector_provision: {}, manual_provision: {}, delegated_provision: null }) as CtyValue, diag);
    expect(diag.items.map((d) => d.summary)).toContain("Invalid Attribute Combination");

    const app = deriveType(doc, "resource", "conductorone_app");
    const notNull = new Diagnostics();
    app.validate({ match_baton_ref: { app_id: "a", connector_id: null, external_id: "x" } }, notNull);
    expect(notNull.items.map((d) => d.path)).toEqual([["match_baton_ref", "connector_id"]]);
  });

  test("creates the connector in the ConductorOne API with the provider's EnvConfig; timestamps to the second", async () => {
    const state = await createIntegration();
    const connector = h.sim.connector(String(state.id));
    expect(connector).toMatchObject({ appId: APP_ID, catalogId: "2G8Wk6xIkBU5qJ1O4wlz4mD8ef0" });
    expect(connector.json).toMatchObject({
      displayName: "Twingate",
      config: { "@type": "type.googleapis.com/c1.api.app.v1.EnvConfig", configuration: { twingate_domain: { stringValue: "acme" } } },
    });
    // The API answers milliseconds; the provider stores seconds.
    expect(connector.json.createdAt).toMatch(/\.\d{3}Z$/);
    expect(state.created_at).toMatch(SECONDS);
    expect(state.updated_at).toMatch(SECONDS);
    expect(h.sim.changes().map((c) => `${c.action} ${c.object}`)).toEqual(["create connector"]);
    // Through /connectors/create with a token from the token endpoint (signed client assertion).
    expect(h.sim.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toContain(`POST /api/v1/apps/${APP_ID}/connectors/create 200`);
    expect(h.sim.tokenAttempts).toEqual([expect.objectContaining({ grant: "client_credentials", clientId: h.sim.credentials.clientId, outcome: "issued" })]);
  });

  test("a connector deleted in ConductorOne: read fails with the real provider's text by default (the API answers 404); answered with deletedAt, it leaves state", async () => {
    const deleteInConductorOne = async (state: Obj) => {
      const client = new ConductorOneClient({ env: { CONDUCTORONE_ACCESS_TOKEN: h.sim.credentials.accessToken, CONDUCTORONE_SERVER_URL: h.sim.url }, ca: h.sim.caPem });
      try {
        await client.deleteConnector(APP_ID, String(state.id));
      } finally {
        client.close();
      }
    };
    const first = await createIntegration();
    await deleteInConductorOne(first);
    const failed = await h.read("conductorone_integration_twingate", first);
    expect(errors(failed.diagnostics)).toEqual([`failure to invoke API: unknown status code returned: Status 404\n{"code":5,"message":"connector ${String(first.id)} not found","details":[]}`]);
    expect(failed.state).toEqual(first);

    h.sim.setDeletedConnectorRead("deleted-at");
    const second = await createIntegration();
    await deleteInConductorOne(second);
    expect((await h.read("conductorone_integration_twingate", second)).state).toBeNull();
    // A connector that never existed is a 404 either way.
    const missing = { ...second, id: "2ConnMissing000000000000001" };
    expect(errors((await h.read("conductorone_integration_twingate", missing)).diagnostics)[0]).toMatch(/^failure to invoke API: unknown status code returned: Status 404/);
  });

  test("user_ids: the API no longer returns them, so a configured value drifts; with config set an update does not apply them", async () => {
    const state = await createIntegration({ user_ids: [ALICE.id] });
    expect(state.user_ids).toEqual([ALICE.id]);
    const refreshed = (await h.read("conductorone_integration_twingate", state)).state;
    expect(refreshed?.user_ids).toEqual([]);
    const plan = await h.plan("conductorone_integration_twingate", refreshed, twingate({ app_id: APP_ID, twingate_domain: "acme", twingate_apikey: KEY, user_ids: [ALICE.id] }));
    expect(plan.planned?.user_ids).toEqual([ALICE.id]);
    expect(plan.requiresReplace).toEqual([]);
    await h.apply("conductorone_integration_twingate", refreshed, twingate({ app_id: APP_ID, twingate_domain: "acme", twingate_apikey: KEY, user_ids: [ALICE.id] }));
    expect(h.sim.changes().map((c) => `${c.action} ${c.object}`)).toEqual(["create connector", "update connector"]);
    expect(h.sim.connector(String(state.id)).userIds).toEqual([ALICE.id]); // from create; the "config" update did not touch them
  });

  test("the Twingate key goes to ConductorOne and stays in Terraform state, never in the simulator's answers, records or the stand-in's logs", async () => {
    const state = await createIntegration();
    expect(state.twingate_apikey).toBe(KEY);
    expect(simulatorText()).not.toContain(KEY);
    expect(h.sim.changes()[0]?.summary).toContain("twingate_apikey <set>");
    expect(h.logs.join("")).not.toContain(KEY);
  });

  test("changing app_id replaces the integration (RequiresReplace); the domain updates it in place", async () => {
    const state = await createIntegration();
    const moved = await h.plan("conductorone_integration_twingate", state, twingate({ app_id: "2YAppOther00000000000000001", twingate_domain: "acme", twingate_apikey: KEY }));
    expect(moved.requiresReplace).toEqual(["app_id"]);
    const renamed = await h.plan("conductorone_integration_twingate", state, twingate({ app_id: APP_ID, twingate_domain: "acme-eu", twingate_apikey: KEY }));
    expect(renamed.requiresReplace).toEqual([]);
    expect(isUnknown(renamed.planned?.updated_at as CtyValue)).toBe(true);
    // terraform-plugin-framework: the id, computed with no UseStateForUnknown, is unknown in the plan too.
    expect(isUnknown(renamed.planned?.id as CtyValue)).toBe(true);
    const applied = await h.apply("conductorone_integration_twingate", state, twingate({ app_id: APP_ID, twingate_domain: "acme-eu", twingate_apikey: KEY }));
    expect(errors(applied.diagnostics)).toEqual([]);
    expect(applied.state?.twingate_domain).toBe("acme-eu");
    expect(applied.state?.id).toBe(state.id);
    expect(h.sim.connector(String(state.id)).json).toMatchObject({ config: { configuration: { twingate_domain: { stringValue: "acme-eu" } } } });
  });

  describe("plans as terraform-plugin-framework v1.19.0 does (the real provider's framework), driven by the document's plan modifiers", () => {
    test("an in-place change plans every computed attribute left null unknown; no change plans exactly the prior state", async () => {
      const state = await createIntegration();
      const same = await h.plan("conductorone_integration_twingate", state, twingate({ app_id: APP_ID, twingate_domain: "acme", twingate_apikey: KEY }));
      expect(same.planned).toEqual(state);
      const rotated = await h.plan("conductorone_integration_twingate", state, twingate({ app_id: APP_ID, twingate_domain: "acme", twingate_apikey: "tgk-rotated-canary-0123456789abcdef" }));
      expect(rotated.requiresReplace).toEqual([]);
      for (const name of ["id", "created_at", "updated_at", "deleted_at", "user_ids"]) expect([name, isUnknown(rotated.planned?.[name] as CtyValue)]).toEqual([name, true]);
      expect(rotated.planned).toMatchObject({ app_id: APP_ID, twingate_domain: "acme" });
    });

    test("a key rotation replaces the connector's owners: their connector_id is unknown, RequiresReplaceIfConfigured fires, SuppressDiff cannot help", async () => {
      const connector = await createIntegration();
      const owner = (connectorId: CtyValue) => h.full("conductorone_connector_owner_user", { app_id: APP_ID, connector_id: connectorId, role_slug: "owner", user_ref_id: ALICE.id });
      const created = (await h.apply("conductorone_connector_owner_user", null, owner(connector.id as string))).state;
      // What terraform sends for `connector_id = conductorone_integration_twingate.x.id` once that id is planned unknown.
      const plan = await h.plan("conductorone_connector_owner_user", created, owner(UNKNOWN));
      expect(plan.requiresReplace).toEqual(["connector_id"]);
      // The same owner with the connector's id still known: nothing to do.
      const steady = await h.plan("conductorone_connector_owner_user", created, owner(connector.id as string));
      expect(steady.requiresReplace).toEqual([]);
      expect(steady.planned).toEqual(created);
    });

    test("an app's in-place change plans its id unknown, so an integration on it is replaced (app_id RequiresReplace)", async () => {
      const app = await h.apply("conductorone_app", null, h.full("conductorone_app", { display_name: "T" }));
      const described = await h.plan("conductorone_app", app.state, h.full("conductorone_app", { display_name: "T", description: "new" }));
      expect(described.requiresReplace).toEqual([]);
      expect(isUnknown(described.planned?.id as CtyValue)).toBe(true);
      const integration = await createIntegration({ app_id: app.state?.id as string });
      const moved = await h.plan("conductorone_integration_twingate", integration, twingate({ app_id: UNKNOWN, twingate_domain: "acme", twingate_apikey: KEY }));
      expect(moved.requiresReplace).toEqual(["app_id"]);
    });

    test("a UseStateForUnknown in the document keeps the prior value instead (the same plan, the owner not replaced)", () => {
      const doc = structuredClone(conductoroneSchemaDocument());
      const prior = { id: "2ConnPrior0000000000000001", app_id: APP_ID, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z", deleted_at: null, user_ids: [], twingate_apikey: KEY, twingate_domain: "acme" };
      const planned = { ...prior, twingate_apikey: "rotated", id: UNKNOWN, updated_at: UNKNOWN };
      const config = { ...prior, id: null, created_at: null, updated_at: null, user_ids: null, twingate_apikey: "rotated" };
      const without = deriveType(doc, "resource", "conductorone_integration_twingate").applyPlanModifiers({ config, prior, planned });
      expect(isUnknown((without.planned as Obj).id as CtyValue)).toBe(true);
      doc.x_plan_modifiers["conductorone_integration_twingate.id"] = ["UseStateForUnknown"];
      const withIt = deriveType(doc, "resource", "conductorone_integration_twingate").applyPlanModifiers({ config, prior, planned });
      expect((withIt.planned as Obj).id).toBe(prior.id);
      expect(isUnknown((withIt.planned as Obj).updated_at as CtyValue)).toBe(true);
    });

    test("an update sends the prior value of an argument the plan left unknown (Speakeasy's merge)", async () => {
      const created = (await h.apply("conductorone_app", null, h.full("conductorone_app", { display_name: "T", instructions: "ask IT" }))).state;
      // instructions is Optional+Computed: removed from the configuration, it is planned unknown and the API keeps it.
      const updated = await h.apply("conductorone_app", created, h.full("conductorone_app", { display_name: "T2" }));
      expect(errors(updated.diagnostics)).toEqual([]);
      expect(updated.state).toMatchObject({ id: created?.id, display_name: "T2", instructions: "ask IT" });
      expect(h.sim.apps().find((a) => a.id === created?.id)).toMatchObject({ displayName: "T2", instructions: "ask IT" });
    });
  });

  test("integrations cannot be imported, with the real provider's error", async () => {
    const imported = await h.importState("conductorone_integration_twingate", "anything");
    expect(errors(imported.diagnostics)).toEqual(["Not Implemented: No available import state operation is available for resource connector."]);
  });

  test("conductorone_integration_baton creates a delegated connector with the Baton catalog id and no config", async () => {
    const created = await h.apply("conductorone_integration_baton", null, h.full("conductorone_integration_baton", { app_id: APP_ID }));
    expect(errors(created.diagnostics)).toEqual([]);
    const connector = h.sim.connector(String(created.state?.id));
    expect(connector).toMatchObject({ catalogId: "2HErg7BRmNdHgX8sTCWVq4E1fyh", json: expect.objectContaining({ displayName: "Baton" }) });
    expect(connector.json).not.toHaveProperty("config");
    expect(h.sim.requests.some((r) => r.method === "POST" && r.path === `/api/v1/apps/${APP_ID}/connectors`)).toBe(true);
  });

  describe("conductorone_app", () => {
    const app = (values: Obj) => h.full("conductorone_app", values);

    test("created through the API with its arguments; computed attributes have the real shapes", async () => {
      const created = await h.apply("conductorone_app", null, app({ display_name: "Twingate (acme)", description: "managed by cdktf", monthly_cost_usd: 7 }));
      expect(errors(created.diagnostics)).toEqual([]);
      expect(created.state?.id).toMatch(/^[0-9A-Za-z]{27}$/);
      expect(created.state).toMatchObject({ description: "managed by cdktf", monthly_cost_usd: 7, identity_matching: "APP_USER_IDENTITY_MATCHING_UNSPECIFIED", user_count: "0" });
      expect(created.state?.app_user_mapper).toEqual({ app_id: created.state?.id, mapping_cases: [] });
      expect(created.state?.revoke_grant_sources).toBe(false);
      expect(h.sim.apps().find((a) => a.id === created.state?.id)).toMatchObject({ displayName: "Twingate (acme)", monthlyCostUsd: 7 });
      // A later read agrees with what create stored: no drift.
      expect((await h.read("conductorone_app", created.state ?? {})).state).toEqual(created.state);
    });

    test("an owner-ref change replaces the app (RequiresReplaceIfConfigured), a description change updates it in place", async () => {
      const refs = [{ app_id: APP_ID, id: GROUP.id }];
      const created = (await h.apply("conductorone_app", null, app({ display_name: "T", app_entitlement_owner_refs: refs }))).state;
      expect(h.sim.apps().find((a) => a.id === created?.id)?.appEntitlementOwnerRefs).toEqual([{ appId: APP_ID, id: GROUP.id }]);
      const changedRefs = await h.plan("conductorone_app", created, app({ display_name: "T", app_entitlement_owner_refs: [{ app_id: APP_ID, id: "2EntOther00000000000000001" }] }));
      expect(changedRefs.requiresReplace).toContain("app_entitlement_owner_refs");
      expect(changedRefs.requiresReplace).toContain("app_entitlement_owner_refs.0.id");
      const described = await h.apply("conductorone_app", created, app({ display_name: "T", app_entitlement_owner_refs: refs, description: "new" }));
      expect(errors(described.diagnostics)).toEqual([]);
      expect(described.state).toMatchObject({ id: created?.id, description: "new", app_entitlement_owner_refs: refs });
      expect(h.sim.changes().map((c) => `${c.action} ${c.object}`)).toEqual(["create app", "update app"]);
    });

    test("imports by plain id, then read fills every attribute; an app gone from ConductorOne leaves state", async () => {
      const imported = await h.importState("conductorone_app", APP_ID);
      expect(imported.state).toMatchObject({ id: APP_ID, display_name: null });
      const read = await h.read("conductorone_app", imported.state ?? {});
      expect(read.state).toMatchObject({ id: APP_ID, display_name: "Twingate", is_manually_managed: false });
      expect((await h.read("conductorone_app", { ...(read.state ?? {}), id: "2YAppMissing000000000000001" })).state).toBeNull();
    });
  });

  describe("connector owners", () => {
    test("owner by user: the nested user comes from the API with every one of its ~32 attributes; import by JSON id", async () => {
      const connector = await createIntegration();
      const config = h.full("conductorone_connector_owner_user", { app_id: APP_ID, connector_id: connector.id as string, role_slug: "owner", user_ref_id: ALICE.id });
      const created = await h.apply("conductorone_connector_owner_user", null, config);
      expect(errors(created.diagnostics)).toEqual([]);
      const user = created.state?.user as Obj;
      expect(Object.keys(user).length).toBeGreaterThanOrEqual(30);
      expect(user).toMatchObject({ id: ALICE.id, email: ALICE.email, display_name: ALICE.displayName, department: "IT", status: "ENABLED" });

      const key = JSON.stringify({ app_id: APP_ID, connector_id: connector.id, role_slug: "owner", user_ref_id: ALICE.id });
      const imported = await h.importState("conductorone_connector_owner_user", key);
      expect(imported.state).toMatchObject({ app_id: APP_ID, role_slug: "owner", user_ref_id: ALICE.id });
      expect((await h.read("conductorone_connector_owner_user", imported.state ?? {})).state).toMatchObject({ created_at: created.state?.created_at });

      const bad = await h.importState("conductorone_connector_owner_user", JSON.stringify({ app_id: APP_ID, connector_id: "c", role_slug: "owner", user_ref_id: ALICE.id, extra: 1 }));
      expect(errors(bad.diagnostics)[0]).toMatch(/^Invalid ID: .*unknown field "extra"/);
      const missing = await h.importState("conductorone_connector_owner_user", JSON.stringify({ app_id: APP_ID, connector_id: "c", role_slug: "", user_ref_id: ALICE.id }));
      expect(errors(missing.diagnostics)[0]).toMatch(/^Missing required field: The field role_slug is required/);

      const destroyed = await h.apply("conductorone_connector_owner_user", created.state, null);
      expect(destroyed.state).toBeNull();
      expect((await h.read("conductorone_connector_owner_user", created.state ?? {})).state).toBeNull();
    });

    test("owner by entitlement (a group): needs an existing entitlement, nests it from the API, replaces on a new ref", async () => {
      const connector = await createIntegration();
      const owner = (id: string) =>
        h.full("conductorone_connector_owner_entitlement", {
          app_id: APP_ID,
          connector_id: connector.id as string,
          role_slug: "owner",
          app_entitlement_ref_app_id: APP_ID,
          app_entitlement_ref_id: id,
        });
      const created = await h.apply("conductorone_connector_owner_entitlement", null, owner(GROUP.id));
      expect(errors(created.diagnostics)).toEqual([]);
      expect(created.state?.app_entitlement).toMatchObject({ id: GROUP.id, app_id: APP_ID, display_name: GROUP.displayName, slug: "member" });
      expect(h.sim.changes().map((c) => c.object)).toEqual(["connector", "connector_owner_entitlement"]);

      const replaced = await h.plan("conductorone_connector_owner_entitlement", created.state, owner("2EntOther00000000000000001"));
      expect(replaced.requiresReplace).toContain("app_entitlement_ref_id");

      const unknownGroup = await h.apply("conductorone_connector_owner_entitlement", null, owner("2EntMissing0000000000000001"));
      expect(errors(unknownGroup.diagnostics).join("\n")).toMatch(/failure to invoke API: .*app entitlement 2EntMissing0000000000000001 of app .* not found/s);
      expect(unknownGroup.state).toBeNull();
    });

    test("an owner of a connector that does not exist is refused (the API's 404)", async () => {
      const created = await h.apply(
        "conductorone_connector_owner_user",
        null,
        h.full("conductorone_connector_owner_user", { app_id: APP_ID, connector_id: "2ConnMissing000000000000001", role_slug: "owner", user_ref_id: ALICE.id }),
      );
      expect(errors(created.diagnostics).join("\n")).toMatch(/failure to invoke API: .*connector 2ConnMissing000000000000001/s);
    });
  });

  test("conductorone_connector_credential: the client secret is in Terraform state once, never answered again; destroy revokes it", async () => {
    const connector = await createIntegration();
    const created = await h.apply("conductorone_connector_credential", null, h.full("conductorone_connector_credential", { app_id: APP_ID, connector_id: connector.id as string }));
    expect(errors(created.diagnostics)).toEqual([]);
    const secret = String(created.state?.client_secret);
    expect(secret).toMatch(/^secret-token:conductorone\.com:v1:/);
    expect(created.state?.client_id).toMatch(new RegExp(`@${h.sim.host.replace(/\./g, "\\.")}/cc$`));
    const read = await h.read("conductorone_connector_credential", created.state ?? {});
    expect(read.state?.client_secret).toBe(secret);
    expect(JSON.stringify([h.sim.changes(), h.logs])).not.toContain(secret);
    const destroyed = await h.apply("conductorone_connector_credential", created.state, null);
    expect(destroyed.state).toBeNull();
    expect((await h.read("conductorone_connector_credential", created.state ?? {})).state).toBeNull();
  });

  describe("data sources", () => {
    test("conductorone_user: the API matches email case-sensitively; no match is the real provider's text", async () => {
      const found = await h.readData("conductorone_user", h.full("conductorone_user", { email: ALICE.email }, "data"));
      expect(found.state).toMatchObject({ id: ALICE.id, email: ALICE.email, display_name: ALICE.displayName, next_page_token: "" });
      const capitals = await h.readData("conductorone_user", h.full("conductorone_user", { email: "Alice@acme.example" }, "data"));
      expect(errors(capitals.diagnostics)[0]).toMatch(/Missing response body array data/);
      const byDepartment = await h.readData("conductorone_user", h.full("conductorone_user", { departments: ["IT"], refs: [{ id: ALICE.id }] }, "data"));
      expect(byDepartment.state).toMatchObject({ id: ALICE.id });
      // The filters went to the API under their API names.
      expect(h.sim.requests.filter((r) => r.path === "/api/v1/search/users")).toHaveLength(3);
    });

    test("conductorone_app matches display_name case-insensitively", async () => {
      const found = await h.readData("conductorone_app", h.full("conductorone_app", { display_name: "TWINGATE" }, "data"));
      expect(found.state).toMatchObject({ id: APP_ID, display_name: "TWINGATE" });
      expect(found.state?.app_user_mapper).toEqual({ app_id: APP_ID, mapping_cases: [] });
    });

    test("a filter the simulator cannot apply is an error, not ignored", async () => {
      const r = await h.readData("conductorone_user", h.full("conductorone_user", { email: ALICE.email, origins: ["okta"] }, "data"));
      expect(errors(r.diagnostics)[0]).toMatch(/failure to invoke API: .*cannot filter users by origins/s);
    });
  });

  test("a 429 with Retry-After is waited out and retried, as the provider's transport does", async () => {
    h.sim.faults.rateLimit(2, 1, /\/connectors\/create$/);
    await createIntegration();
    expect(h.sim.requests.filter((r) => r.path.endsWith("/connectors/create")).map((r) => r.status)).toEqual([429, 429, 200]);
  });
});

describe("ConductorOne stand-in configuration (as the official provider takes it)", () => {
  const harnesses: Harness[] = [];
  const start = async (options: Parameters<typeof startStandin>[0] = {}) => {
    const h = await startStandin({ ...options, simulator: SEED });
    harnesses.push(h);
    return h;
  };
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.cleanup();
  });
  const findUser = (h: Harness) => h.readData("conductorone_user", h.full("conductorone_user", { email: ALICE.email }, "data"));

  test("from the CONDUCTORONE_* environment variables alone (an empty provider block)", async () => {
    const h = await start({
      provider: null,
      env: (sim) => ({ CONDUCTORONE_SERVER_URL: sim.url, CONDUCTORONE_CLIENT_ID: sim.credentials.clientId, CONDUCTORONE_CLIENT_SECRET: sim.credentials.clientSecret }),
    });
    expect(h.configured).toEqual([]);
    expect((await findUser(h)).state).toMatchObject({ id: ALICE.id });
    expect(h.sim.tokenAttempts).toEqual([expect.objectContaining({ grant: "client_credentials", outcome: "issued" })]);
  });

  test("provider attributes win over the environment", async () => {
    const h = await start({ env: { CONDUCTORONE_SERVER_URL: "https://127.0.0.1:1", CONDUCTORONE_CLIENT_ID: "nobody@127.0.0.1:1/spc", CONDUCTORONE_CLIENT_SECRET: "x" } });
    expect(h.configured).toEqual([]);
    expect((await findUser(h)).state).toMatchObject({ id: ALICE.id });
  });

  test("CONDUCTORONE_ACCESS_TOKEN wins over every other method: no token request", async () => {
    const h = await start({
      provider: (sim) => ({ server_url: sim.url, client_id: sim.credentials.clientId, client_secret: sim.createClient().clientSecret }),
      env: (sim) => ({ CONDUCTORONE_ACCESS_TOKEN: sim.credentials.accessToken }),
    });
    expect((await findUser(h)).state).toMatchObject({ id: ALICE.id });
    expect(h.sim.tokenAttempts).toEqual([]);
  });

  test("no credentials: configure fails naming what is missing", async () => {
    const h = await start({ provider: null });
    expect(errors(h.configured)).toEqual([expect.stringMatching(/^Unable to configure the ConductorOne client: .*client credentials.*C1_CREDENTIALS_MISSING/s)]);
  });

  test("a secret that does not sign for the client id is refused by the token endpoint, and quoted nowhere", async () => {
    let wrong = "";
    const h = await start({
      provider: (sim) => {
        wrong = sim.createClient().clientSecret;
        return { server_url: sim.url, client_id: sim.credentials.clientId, client_secret: wrong };
      },
    });
    const r = await findUser(h);
    expect(errors(r.diagnostics)[0]).toMatch(/failure to invoke API: .*C1_TOKEN_REFUSED/s);
    expect(h.sim.tokenAttempts).toEqual([expect.objectContaining({ outcome: "refused", reason: expect.stringMatching(/signature/) })]);
    expect(JSON.stringify([r.diagnostics, h.logs])).not.toContain(wrong.split(":").pop()!);
  });

  test("without the simulator's CA in SSL_CERT_FILE, TLS verification fails (HTTPS only, no insecure fallback)", async () => {
    const h = await start({ trustCa: false });
    const r = await findUser(h);
    expect(errors(r.diagnostics)[0]).toMatch(/failure to invoke API: .*C1_TLS/s);
  });
});
