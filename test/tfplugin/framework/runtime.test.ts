/** The RPC handlers in-process (no gRPC): lifecycle rules, diagnostics, codec boundaries. */
import { attr, block, createProviderRuntime, decodeMsgpack, defineDataSource, defineProvider, defineResource, encodeMsgpack, isUnknown, nullsOf, types, UNKNOWN, type CtyValue } from "../../../src/tfplugin";
import { impliedType } from "../../../src/tfplugin/framework/schema";
import { exampleProvider } from "../fixtures/example-provider";
import { createLogger } from "../../../src/tfplugin/server/logger";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildProviderBundle } from "../../helpers/terraform";
import { slowProviderRuntime } from "../../fixtures/slow-provider";

const quiet = createLogger({ write: () => undefined });
const rt = () => createProviderRuntime(exampleProvider, { log: quiet });
const thingSchema = exampleProvider.definition.resources?.example_thing?.schema;
if (!thingSchema) throw new Error("fixture lost example_thing");
const thingType = impliedType(thingSchema);
const providerType = impliedType(exampleProvider.definition.schema ?? { attributes: {} });

const dv = (v: CtyValue) => ({ msgpack: Buffer.from(encodeMsgpack(thingType, v)) });
const read = (d: { msgpack?: Uint8Array } | undefined) => decodeMsgpack(thingType, d?.msgpack ?? new Uint8Array([0xc0])) as Record<string, CtyValue> | null;

const config = (over: Record<string, CtyValue> = {}): Record<string, CtyValue> => ({ ...nullsOf(thingSchema), name: "alpha", size: 3, secret: "pw", ...over });
const withCaps = { write_only_attributes_allowed: true };

async function configured() {
  const r = rt();
  const res = await r.ConfigureProvider({ terraform_version: "1.11.4", config: { msgpack: Buffer.from(encodeMsgpack(providerType, { ...nullsOf(exampleProvider.definition.schema ?? { attributes: {} }), prefix: "p-" })) } });
  expect(res.diagnostics).toEqual([]);
  return r;
}

describe("GetProviderSchema", () => {
  it("describes attributes, write-only, defaults and blocks with capabilities", async () => {
    const res = await rt().GetProviderSchema({});
    const block = res.resource_schemas.example_thing?.block;
    const byName = Object.fromEntries((block?.attributes ?? []).map((a) => [a.name, a]));
    expect(byName.secret).toMatchObject({ write_only: true, sensitive: true, optional: true, computed: false });
    expect(byName.size).toMatchObject({ optional: true, computed: true }); // has a default
    expect(byName.id).toMatchObject({ computed: true, optional: false, required: false });
    expect(JSON.parse(String(byName.tags?.type))).toEqual(["map", "string"]);
    expect(block?.block_types[0]).toMatchObject({ type_name: "rule", nesting: "LIST" });
    expect(res.server_capabilities).toEqual({ plan_destroy: true, get_provider_schema_optional: true, move_resource_state: false });
  });
});

describe("PlanResourceChange", () => {
  it("on create plans unknown computed values, defaults, and null write-only", async () => {
    const r = await configured();
    const c = config({ size: null });
    const proposed = { ...c };
    const res = await r.PlanResourceChange({ type_name: "example_thing", prior_state: dv(null), proposed_new_state: dv(proposed), config: dv(c), client_capabilities: withCaps });
    expect(res.diagnostics).toEqual([]);
    const planned = read(res.planned_state);
    expect(isUnknown(planned?.id ?? null)).toBe(true);
    expect(isUnknown(planned?.result ?? null)).toBe(true);
    expect(planned?.size).toBe(1);
    expect(planned?.secret).toBeNull();
    expect(res.requires_replace).toEqual([]);
  });

  it("on update keeps prior computed values, and flags replacement for requiresReplace", async () => {
    const r = await configured();
    const prior = config({ id: "thing-1", secret: null, secret_hash: "h", result: "p-alpha:3", created_at: "t" });
    const c = config({ name: "beta" });
    const proposed = { ...c, id: "thing-1", secret_hash: "h", result: "p-alpha:3", created_at: "t" };
    const res = await r.PlanResourceChange({ type_name: "example_thing", prior_state: dv(prior), proposed_new_state: dv(proposed), config: dv(c), client_capabilities: withCaps });
    const planned = read(res.planned_state);
    expect(planned?.result).toBe("p-alpha:3");
    expect(planned?.id).toBe("thing-1");
    expect(res.requires_replace).toEqual([{ steps: [{ attribute_name: "name" }] }]);
  });

  it("refuses a write-only value when Terraform did not announce support", async () => {
    const r = await configured();
    const c = config();
    const res = await r.PlanResourceChange({ type_name: "example_thing", prior_state: dv(null), proposed_new_state: dv(c), config: dv(c), client_capabilities: {} });
    expect(res.diagnostics).toEqual([expect.objectContaining({ severity: "ERROR", summary: expect.stringContaining("Write-only"), attribute: { steps: [{ attribute_name: "secret" }] } })]);
  });

  it("plans null for destroy without calling hooks", async () => {
    const r = rt(); // not even configured: destroy plans need nothing
    const res = await r.PlanResourceChange({ type_name: "example_thing", prior_state: dv(config({ secret: null })), proposed_new_state: dv(null), config: dv(null) });
    expect(res.diagnostics).toEqual([]);
    expect(read(res.planned_state)).toBeNull();
  });

  it("reports a plan hook that changes a configured value, naming the attribute", async () => {
    const bad = defineProvider({
      typeName: "bad",
      version: "0.0.1",
      resources: {
        bad_x: defineResource()({
          schema: { attributes: { name: attr.string({ required: true }), out: attr.string({ computed: true }) } },
          plan: () => ({ planned: { name: "changed", out: "x" } }),
          create: async () => ({}),
          read: async ({ state }) => state,
          delete: async () => undefined,
        }),
      },
    });
    const r = createProviderRuntime(bad, { log: quiet });
    const t = types.object({ name: types.string, out: types.string });
    const v = { msgpack: Buffer.from(encodeMsgpack(t, { name: "n", out: null })) };
    const res = await r.PlanResourceChange({ type_name: "bad_x", prior_state: null, proposed_new_state: v, config: v });
    expect(res.diagnostics).toEqual([expect.objectContaining({ severity: "ERROR", attribute: { steps: [{ attribute_name: "name" }] } })]);
    expect(decodeMsgpack(t, res.planned_state?.msgpack ?? new Uint8Array())).toEqual({ name: "n", out: "x" });
  });
});

describe("ApplyResourceChange", () => {
  it("creates, merges the hook's values onto the plan and drops write-only values", async () => {
    const r = await configured();
    const c = config();
    const planned = { ...c, secret: null, id: UNKNOWN, result: UNKNOWN, secret_hash: UNKNOWN, created_at: UNKNOWN };
    const res = await r.ApplyResourceChange({ type_name: "example_thing", prior_state: dv(null), planned_state: dv(planned), config: dv(c) });
    expect(res.diagnostics).toEqual([]);
    const state = read(res.new_state);
    expect(state).toMatchObject({ name: "alpha", result: "p-alpha:3", secret: null });
    expect(state?.secret_hash).toMatch(/^[0-9a-f]{12}$/);
    expect(JSON.parse(Buffer.from(res.private ?? []).toString())).toEqual({ applied_by: "tfplugin-test" });
  });

  it("names the attribute when apply contradicts a known planned value or leaves one unknown", async () => {
    const r = await configured();
    const c = config();
    const planned = { ...c, secret: null, id: UNKNOWN, result: "something-else", secret_hash: UNKNOWN, created_at: UNKNOWN };
    const res = await r.ApplyResourceChange({ type_name: "example_thing", prior_state: dv(null), planned_state: dv(planned), config: dv(c) });
    expect(res.diagnostics).toEqual([
      expect.objectContaining({ severity: "ERROR", detail: expect.stringMatching(/result was planned as "something-else" but apply returned "p-alpha:3"/), attribute: { steps: [{ attribute_name: "result" }] } }),
    ]);
  });

  it("turns an AttributeError from a hook into a diagnostic with its path", async () => {
    const r = await configured();
    const c = config({ fail_on: "create" });
    const planned = { ...c, secret: null, id: UNKNOWN, result: UNKNOWN, secret_hash: UNKNOWN, created_at: UNKNOWN };
    const res = await r.ApplyResourceChange({ type_name: "example_thing", prior_state: dv(null), planned_state: dv(planned), config: dv(c) });
    expect(res.diagnostics).toEqual([{ severity: "ERROR", summary: "Creation refused", detail: 'the thing "alpha" cannot be created', attribute: { steps: [{ attribute_name: "name" }] } }]);
    expect(read(res.new_state)).toBeNull();
  });

  it("fails clearly when called before ConfigureProvider", async () => {
    const c = config();
    const res = await rt().ApplyResourceChange({ type_name: "example_thing", prior_state: dv(null), planned_state: dv({ ...c, secret: null }), config: dv(c) });
    expect(res.diagnostics[0]?.summary).toContain("not configured");
  });
});

describe("Validate, Read, Import, Upgrade, Stop", () => {
  it("runs validators with element paths, skipping unknown values", async () => {
    const res = await rt().ValidateResourceConfig({ type_name: "example_thing", config: dv(config({ items: ["a", ""], rule: [{ port: 80 }, { port: 70000 }], size: UNKNOWN })) });
    expect(res.diagnostics).toEqual([
      expect.objectContaining({ severity: "ERROR", detail: "port 70000 is outside 1..65535", attribute: { steps: [{ attribute_name: "rule" }, { element_key_int: 1 }, { attribute_name: "port" }] } }),
      expect.objectContaining({ summary: "Empty item", attribute: { steps: [{ attribute_name: "items" }, { element_key_int: 1 }] } }),
    ]);
  });

  it("reports unknown resource types as a diagnostic", async () => {
    const res = await rt().ValidateResourceConfig({ type_name: "example_nope", config: dv(null) });
    expect(res.diagnostics[0]?.summary).toContain('unknown resource type "example_nope"');
  });

  it("read returning null removes the resource", async () => {
    const custom = defineProvider({
      typeName: "gone",
      version: "1.0.0",
      resources: {
        gone_x: defineResource()({
          schema: { attributes: { id: attr.string({ computed: true }) } },
          create: async () => ({ id: "1" }),
          read: async () => null,
          delete: async () => undefined,
        }),
      },
    });
    const t = types.object({ id: types.string });
    const res = await createProviderRuntime(custom, { log: quiet }).ReadResource({ type_name: "gone_x", current_state: { msgpack: Buffer.from(encodeMsgpack(t, { id: "1" })) } });
    expect(decodeMsgpack(t, res.new_state?.msgpack ?? new Uint8Array())).toBeNull();
  });

  it("imports through the import hook with every other attribute null", async () => {
    const r = await configured();
    const res = await r.ImportResourceState({ type_name: "example_thing", id: "thing-abc" });
    const state = decodeMsgpack(thingType, res.imported_resources?.[0]?.state.msgpack ?? new Uint8Array());
    expect(state).toMatchObject({ id: "thing-abc", name: "abc", size: null, rule: null });
  });

  it("upgrades old JSON state through the hook, keeping big numbers exact", async () => {
    const raw = '{"id":"t","name":"n","count":12345678901234567890,"dropped":1}';
    const res = await rt().UpgradeResourceState({ type_name: "example_thing", version: 0, raw_state: { json: Buffer.from(raw) } });
    expect(res.diagnostics).toEqual([]);
    expect(decodeMsgpack(thingType, res.upgraded_state?.msgpack ?? new Uint8Array())).toMatchObject({ id: "t", name: "n", size: "12345678901234567890", result: null, rule: null });
  });

  it("refuses state from a newer schema version", async () => {
    const res = await rt().UpgradeResourceState({ type_name: "example_thing", version: 7, raw_state: { json: Buffer.from("{}") } });
    expect(res.diagnostics[0]?.summary).toBe("State written by a newer provider");
  });

  it("StopProvider aborts the signal of in-flight hooks", async () => {
    let seen: AbortSignal | undefined;
    const { runtime: r, apply } = slowProviderRuntime(async ({ signal }) => {
      seen = signal;
      await new Promise((resolve) => signal.addEventListener("abort", resolve));
      throw new Error("stopped");
    }, quiet);
    const pending = apply();
    await new Promise((resolve) => setImmediate(resolve));
    await r.StopProvider({});
    const res = await pending;
    expect(seen?.aborted).toBe(true);
    expect(res.diagnostics[0]?.summary).toContain("stopped");
  });
});

it("many hooks in flight share the stop signal without Node's listener-leak warning (which Terraform logs as an error)", () => {
  // In a plain Node process: jest's sandbox does not see the warnings Node's EventTarget emits.
  const dir = mkdtempSync(join(tmpdir(), "stop-listeners-"));
  try {
    const script = buildProviderBundle(join(__dirname, "../../fixtures/stop-signal-listeners.ts"), join(dir, "run.js"), { minify: false }).file;
    const run = spawnSync(process.execPath, [script], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ ok: true, warnings: [] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("definition checks", () => {
  it("rejects resource names without the provider prefix and impossible flag sets", () => {
    const base = { create: async () => ({}), read: async () => null, delete: async () => undefined };
    expect(() => defineProvider({ typeName: "p", version: "1.0.0", resources: { other_x: defineResource()({ schema: { attributes: { a: attr.string({ required: true }) } }, ...base }) } })).toThrow(/p_other_x/);
    expect(() => defineProvider({ typeName: "p", version: "1.0.0", resources: { p_x: defineResource()({ schema: { attributes: { a: attr.string({ writeOnly: true, computed: true }) } }, ...base }) } })).toThrow(/write-only attribute cannot be computed/);
    expect(() => defineProvider({ typeName: "p", version: "1.0.0", resources: { p_x: defineResource()({ schema: { attributes: { a: attr.string({}) } }, ...base }) } })).toThrow(/neither required, optional nor computed/);
    expect(() => defineProvider({ typeName: "p", version: "1.0.0", resources: { p_x: defineResource()({ schema: { attributes: { a: attr.string({ required: true }) }, blocks: { a: block.list({ attributes: {} }) } }, ...base }) } })).toThrow(/same name/);
  });
});

describe("notStored data source arguments", () => {
  it("hands the value to the hook but returns null, so it never lands in state", async () => {
    let seen: string | undefined;
    const schema = { attributes: { secret: attr.string({ required: true, sensitive: true, notStored: true }), id: attr.string({ computed: true }) } };
    const provider = defineProvider({
      typeName: "p",
      version: "1.0.0",
      dataSources: {
        p_lookup: defineDataSource()({
          schema,
          async read({ config }) {
            seen = config.secret;
            return { id: "x" };
          },
        }),
      },
    });
    const runtime = createProviderRuntime(provider, { log: quiet });
    await runtime.ConfigureProvider({ terraform_version: "1.11.4", config: { msgpack: Buffer.from(encodeMsgpack(impliedType({ attributes: {} }), {})) } });
    const type = impliedType(schema);
    const res = await runtime.ReadDataSource({ type_name: "p_lookup", config: { msgpack: Buffer.from(encodeMsgpack(type, { secret: "s3cret", id: null })) } });
    expect(res.diagnostics ?? []).toEqual([]);
    expect(seen).toBe("s3cret");
    expect(decodeMsgpack(type, res.state?.msgpack ?? new Uint8Array())).toEqual({ secret: null, id: "x" });
  });

  it("is refused on managed resources (writeOnly does that job) and on computed attributes", () => {
    const base = { create: async () => ({}), read: async () => null, delete: async () => undefined };
    expect(() => defineProvider({ typeName: "p", version: "1.0.0", resources: { p_x: defineResource()({ schema: { attributes: { a: attr.string({ required: true, notStored: true }) } }, ...base }) } })).toThrow(/Use writeOnly instead/);
    expect(() =>
      defineProvider({ typeName: "p", version: "1.0.0", dataSources: { p_d: defineDataSource()({ schema: { attributes: { a: attr.string({ computed: true, notStored: true }) } }, read: async () => ({}) }) } }),
    ).toThrow(/notStored attribute cannot be computed/);
  });
});
