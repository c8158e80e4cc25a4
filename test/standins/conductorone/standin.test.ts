/**
 * The ConductorOne stand-in behaves as the real provider where conductorone-provider.md says
 * how, with every rule taken from the schema document (not from hand-kept copies).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readStandinState } from "../../../src/standins/conductorone";
import { conductoroneSchemaDocument, CONDUCTORONE_PROVIDER_ADDRESS } from "../../../src/standins/conductorone/schema/document";
import { deriveType } from "../../../src/standins/conductorone/schema/derive";
import { Diagnostics, isUnknown, type CtyValue } from "../../../src/tfplugin";
import { errors, startStandin, type Harness, type Obj } from "./harness";

const APP_ID = "2YAppTwingate00000000000001";
const ALICE = { id: "2ZuAlice000000000000000000a", email: "alice@acme.example", display_name: "Alice Admin" };
const GROUP = { app_id: APP_ID, id: "2EntEngineering000000000001", display_name: "Engineering member", slug: "member" };
const KEY = "tgk-standin-canary-0123456789abcdef";
const SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

describe("ConductorOne stand-in", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startStandin({ users: [ALICE], apps: [{ id: APP_ID, display_name: "Twingate" }], app_entitlements: [GROUP] });
  });
  afterEach(() => h.cleanup());

  const twingate = (values: Obj) => h.full("conductorone_integration_twingate", values);
  async function createIntegration(values: Obj = {}): Promise<Obj> {
    const created = await h.apply("conductorone_integration_twingate", null, twingate({ app_id: APP_ID, twingate_domain: "acme", twingate_apikey: KEY, ...values }));
    expect(errors(created.diagnostics)).toEqual([]);
    if (!created.state) throw new Error("no state after create");
    return created.state;
  }

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
    doc.x_plan_modifiers["conductorone_app.display_name"] = ["UseStateForUnknown"];
    expect(() => deriveType(doc, "resource", "conductorone_app")).toThrow(/does not know the plan modifier "UseStateForUnknown"/);
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

  test("timestamps are RFC 3339 to the second, as the provider stores them", async () => {
    const state = await createIntegration();
    expect(state.created_at).toMatch(SECONDS);
    expect(state.updated_at).toMatch(SECONDS);
    expect(readStandinState(h.stateFile).integrations[0]?.created_at).toMatch(SECONDS);
  });

  test("a connector deleted outside Terraform makes read fail (a 404 is an error), one marked deleted leaves state", async () => {
    const state = await createIntegration();
    const file = JSON.parse(readFileSync(h.stateFile, "utf8"));
    file.integrations[0].deleted_at = "2026-09-01T10:00:00Z";
    writeFileSync(h.stateFile, JSON.stringify(file));
    expect((await h.read("conductorone_integration_twingate", state)).state).toBeNull();

    file.integrations = [];
    writeFileSync(h.stateFile, JSON.stringify(file));
    const gone = await h.read("conductorone_integration_twingate", state);
    expect(errors(gone.diagnostics).join("\n")).toMatch(/failure to invoke API: unknown status code returned: Status 404.*terraform state rm/s);
    expect(gone.state).toEqual(state);
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
    expect(readStandinState(h.stateFile).integrations[0]?.user_ids).toEqual([ALICE.id]); // from create; the "config" update did not touch them
  });

  test("the Twingate key stays in Terraform state (as the real provider keeps it) and never reaches the stand-in's file or logs", async () => {
    const state = await createIntegration();
    expect(state.twingate_apikey).toBe(KEY);
    expect(readFileSync(h.stateFile, "utf8")).not.toContain(KEY);
    expect(readStandinState(h.stateFile).integrations[0]?.twingate_apikey).toBe("<set>");
    expect(h.logs.join("")).not.toContain(KEY);
  });

  test("changing app_id replaces the integration (RequiresReplace); the domain updates it in place", async () => {
    const state = await createIntegration();
    const moved = await h.plan("conductorone_integration_twingate", state, twingate({ app_id: "2YAppOther00000000000000001", twingate_domain: "acme", twingate_apikey: KEY }));
    expect(moved.requiresReplace).toEqual(["app_id"]);
    const renamed = await h.plan("conductorone_integration_twingate", state, twingate({ app_id: APP_ID, twingate_domain: "acme-eu", twingate_apikey: KEY }));
    expect(renamed.requiresReplace).toEqual([]);
    expect(isUnknown(renamed.planned?.updated_at as CtyValue)).toBe(true);
  });

  test("integrations cannot be imported, with the real provider's error", async () => {
    const imported = await h.importState("conductorone_integration_twingate", "anything");
    expect(errors(imported.diagnostics)).toEqual(["Not Implemented: No available import state operation is available for resource connector."]);
  });

  test("conductorone_integration_baton creates a delegated connector with the Baton catalog id and no config", async () => {
    const created = await h.apply("conductorone_integration_baton", null, h.full("conductorone_integration_baton", { app_id: APP_ID }));
    expect(errors(created.diagnostics)).toEqual([]);
    expect(readStandinState(h.stateFile).integrations).toEqual([
      expect.objectContaining({ id: created.state?.id, catalog_id: "2HErg7BRmNdHgX8sTCWVq4E1fyh", display_name: "Baton", twingate_domain: null, twingate_apikey: null }),
    ]);
  });

  describe("conductorone_app", () => {
    const app = (values: Obj) => h.full("conductorone_app", values);

    test("computed attributes have the real shapes: app_user_mapper an object, revoke_grant_sources a bool", async () => {
      const created = await h.apply("conductorone_app", null, app({ display_name: "Twingate (acme)" }));
      expect(errors(created.diagnostics)).toEqual([]);
      expect(created.state?.app_user_mapper).toEqual({ app_id: created.state?.id, mapping_cases: [] });
      expect(created.state?.revoke_grant_sources).toBe(false);
      expect(created.state?.id).toMatch(/^[0-9A-Za-z]{27}$/);
    });

    test("an owner-ref change replaces the app (RequiresReplaceIfConfigured), a description change updates it", async () => {
      const refs = [{ app_id: APP_ID, id: GROUP.id }];
      const created = (await h.apply("conductorone_app", null, app({ display_name: "T", app_entitlement_owner_refs: refs }))).state;
      const changedRefs = await h.plan("conductorone_app", created, app({ display_name: "T", app_entitlement_owner_refs: [{ app_id: APP_ID, id: "2EntOther00000000000000001" }] }));
      expect(changedRefs.requiresReplace).toContain("app_entitlement_owner_refs");
      expect(changedRefs.requiresReplace).toContain("app_entitlement_owner_refs.0.id");
      const described = await h.plan("conductorone_app", created, app({ display_name: "T", app_entitlement_owner_refs: refs, description: "new" }));
      expect(described.requiresReplace).toEqual([]);
    });

    test("imports by plain id, then read fills every attribute; an app gone from the tenant leaves state", async () => {
      const imported = await h.importState("conductorone_app", APP_ID);
      expect(imported.state).toMatchObject({ id: APP_ID, display_name: null });
      const read = await h.read("conductorone_app", imported.state ?? {});
      expect(read.state).toMatchObject({ id: APP_ID, display_name: "Twingate", is_manually_managed: true });
      expect((await h.read("conductorone_app", { ...(read.state ?? {}), id: "2YAppMissing000000000000001" })).state).toBeNull();
    });
  });

  describe("connector owners", () => {
    test("owner by user: the nested user has every one of its ~32 attributes; import by JSON id", async () => {
      const connector = await createIntegration();
      const config = h.full("conductorone_connector_owner_user", { app_id: APP_ID, connector_id: connector.id as string, role_slug: "owner", user_ref_id: ALICE.id });
      const created = await h.apply("conductorone_connector_owner_user", null, config);
      expect(errors(created.diagnostics)).toEqual([]);
      const user = created.state?.user as Obj;
      expect(Object.keys(user).length).toBeGreaterThanOrEqual(30);
      expect(user).toMatchObject({ id: ALICE.id, email: ALICE.email, display_name: ALICE.display_name });

      const key = JSON.stringify({ app_id: APP_ID, connector_id: connector.id, role_slug: "owner", user_ref_id: ALICE.id });
      const imported = await h.importState("conductorone_connector_owner_user", key);
      expect(imported.state).toMatchObject({ app_id: APP_ID, role_slug: "owner", user_ref_id: ALICE.id });
      expect((await h.read("conductorone_connector_owner_user", imported.state ?? {})).state).toMatchObject({ created_at: created.state?.created_at });

      const bad = await h.importState("conductorone_connector_owner_user", JSON.stringify({ app_id: APP_ID, connector_id: "c", role_slug: "owner", user_ref_id: ALICE.id, extra: 1 }));
      expect(errors(bad.diagnostics)[0]).toMatch(/^Invalid ID: .*unknown field "extra"/);
      const missing = await h.importState("conductorone_connector_owner_user", JSON.stringify({ app_id: APP_ID, connector_id: "c", role_slug: "", user_ref_id: ALICE.id }));
      expect(errors(missing.diagnostics)[0]).toMatch(/^Missing required field: The field role_slug is required/);
    });

    test("owner by entitlement (a group): needs an existing entitlement, nests it, replaces on a new ref", async () => {
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
      expect(created.state?.app_entitlement).toMatchObject({ id: GROUP.id, app_id: APP_ID, display_name: GROUP.display_name, slug: "member" });
      expect(readStandinState(h.stateFile).connector_owner_entitlements).toHaveLength(1);

      const replaced = await h.plan("conductorone_connector_owner_entitlement", created.state, owner("2EntOther00000000000000001"));
      expect(replaced.requiresReplace).toContain("app_entitlement_ref_id");

      const unknownGroup = await h.apply("conductorone_connector_owner_entitlement", null, owner("2EntMissing0000000000000001"));
      expect(errors(unknownGroup.diagnostics).join("\n")).toMatch(/app entitlement .*does not exist in the ConductorOne stand-in/);
    });

    test("an owner of a connector that does not exist is refused (the API's 404)", async () => {
      const created = await h.apply(
        "conductorone_connector_owner_user",
        null,
        h.full("conductorone_connector_owner_user", { app_id: APP_ID, connector_id: "2ConnMissing000000000000001", role_slug: "owner", user_ref_id: ALICE.id }),
      );
      expect(errors(created.diagnostics).join("\n")).toMatch(/connector "2ConnMissing000000000000001" does not exist/);
    });
  });

  test("conductorone_connector_credential: the client secret is in Terraform state once, never in the stand-in's file", async () => {
    const connector = await createIntegration();
    const created = await h.apply("conductorone_connector_credential", null, h.full("conductorone_connector_credential", { app_id: APP_ID, connector_id: connector.id as string }));
    expect(errors(created.diagnostics)).toEqual([]);
    const secret = created.state?.client_secret;
    expect(typeof secret).toBe("string");
    expect(created.state?.client_id).toMatch(/@standin\.conductor\.one\//);
    expect(readFileSync(h.stateFile, "utf8")).not.toContain(String(secret));
    const read = await h.read("conductorone_connector_credential", created.state ?? {});
    expect(read.state?.client_secret).toBe(secret);
    const destroyed = await h.apply("conductorone_connector_credential", created.state, null);
    expect(destroyed.state).toBeNull();
    expect(readStandinState(h.stateFile).connector_credentials).toEqual([]);
  });

  describe("data sources", () => {
    test("conductorone_user matches email case-sensitively and fails with the real provider's text on no match", async () => {
      const found = await h.readData("conductorone_user", h.full("conductorone_user", { email: ALICE.email }, "data"));
      expect(found.state).toMatchObject({ id: ALICE.id, email: ALICE.email, display_name: ALICE.display_name });
      const capitals = await h.readData("conductorone_user", h.full("conductorone_user", { email: "Alice@acme.example" }, "data"));
      expect(errors(capitals.diagnostics)[0]).toMatch(/Missing response body array data/);
    });

    test("conductorone_app matches display_name case-insensitively", async () => {
      const found = await h.readData("conductorone_app", h.full("conductorone_app", { display_name: "TWINGATE" }, "data"));
      expect(found.state).toMatchObject({ id: APP_ID, display_name: "TWINGATE" });
      expect(found.state?.app_user_mapper).toEqual({ app_id: APP_ID, mapping_cases: [] });
    });

    test("a filter the stand-in cannot apply is an error, not ignored", async () => {
      const r = await h.readData("conductorone_user", h.full("conductorone_user", { email: ALICE.email, origins: ["okta"] }, "data"));
      expect(errors(r.diagnostics)[0]).toMatch(/cannot filter users by origins/);
    });
  });
});
