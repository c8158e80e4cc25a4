/**
 * Terraform's rules, enforced by the framework for every provider built on it (through the RPC
 * runtime, no terraform): computed-only arguments, null required arguments, validators wherever a
 * value becomes known, volatile values planned so that apply's re-plan cannot contradict them,
 * write-only values under ignore_changes, and the state/import messages.
 */
import { createHash } from "node:crypto";
import { attr, block, decodeMsgpack, defineDataSource, defineProvider, defineResource, encodeMsgpack, isUnknown, nullsOf, UNKNOWN, valuesEqual, type CtyValue } from "../../../src/tfplugin";
import { impliedType } from "../../../src/tfplugin/framework/schema";
import { errorsOf, runtimeHarness, wirePath, type Obj } from "../../helpers/tfplugin-runtime";

/** Every hook call, by name, so a test can assert which hooks never ran. */
const calls: string[] = [];

const itemSchema = {
  attributes: {
    id: attr.string({ computed: true }),
    name: attr.string({ required: true }),
    secret: attr.string({ required: true, sensitive: true, writeOnly: true }),
    port: attr.number({ optional: true, validators: [(p) => (Number(p) > 65535 ? `port ${p} is above 65535` : undefined)] }),
    legacy: attr.string({ optional: true, deprecation: "legacy is going away; remove it." }),
    digest: attr.string({ computed: true, volatile: true }),
    observed: attr.string({ optional: true, computed: true, volatile: true }),
    stable: attr.string({ computed: true }),
  },
  blocks: {
    rule: block.list({ attributes: { from: attr.string({ required: true }), status: attr.string({ computed: true }) } }),
  },
} as const;

const digestOf = (secret: string): string => createHash("sha256").update(secret).digest("hex").slice(0, 12);

const item = defineResource<{ region: string }>()({
  schema: itemSchema,
  validate() {
    calls.push("validate");
  },
  plan({ config, prior }) {
    calls.push("plan");
    // Computed from a write-only value (and the outside world): both may differ when Terraform re-plans at apply.
    const secret = isUnknown(config.secret) ? undefined : config.secret;
    return { planned: { digest: secret === undefined ? UNKNOWN : digestOf(secret), observed: prior?.observed ?? "seen", stable: `stable-${String(config.name)}` } };
  },
  async create({ config }) {
    calls.push("create");
    return { id: "item-1", digest: digestOf(config.secret), observed: "seen", stable: `stable-${config.name}` };
  },
  async read({ state }) {
    return state;
  },
  async update({ config, prior }) {
    calls.push("update");
    return { digest: digestOf(config.secret), observed: prior.observed, stable: `stable-${config.name}` };
  },
  async delete() {},
});

const plain = defineResource<{ region: string }>()({
  schema: { attributes: { id: attr.string({ computed: true }), name: attr.string({ required: true }) } },
  async create() {
    return { id: "p" };
  },
  async read({ state }) {
    return state;
  },
  async delete() {},
  async import({ id }) {
    return { id, name: id };
  },
});

const lookup = defineDataSource<{ region: string }>()({
  schema: {
    attributes: {
      key: attr.string({ required: true, validators: [(k) => (k.includes(" ") ? `key ${JSON.stringify(k)} contains a space` : undefined)] }),
      value: attr.string({ computed: true }),
    },
  },
  async read({ config }) {
    calls.push("read");
    return { value: config.key.trim().toUpperCase() };
  },
});

const provider = defineProvider({
  typeName: "rules",
  version: "1.0.0",
  schema: { attributes: { region: attr.string({ required: true, validators: [(r) => (/^[a-z]+$/.test(r) ? undefined : `region ${JSON.stringify(r)} is not lower-case letters`)] }) } },
  configure: (config) => {
    calls.push("configure");
    return { region: config.region };
  },
  resources: { rules_item: item, rules_plain: plain },
  dataSources: { rules_lookup: lookup },
});

const ITEM = "rules_item";

async function configured() {
  const h = runtimeHarness(provider);
  expect(await h.configure({ region: "eu" })).toEqual([]);
  calls.length = 0;
  return h;
}

/** Terraform's AssertObjectCompatible for a final plan: every value known in the first plan is equal in the second. */
function knownValuesKept(first: Obj, second: Obj): string[] {
  return Object.keys(first).filter((k) => !isUnknown(first[k]) && !valuesEqual(first[k] as CtyValue, second[k] as CtyValue));
}

describe("computed-only attributes", () => {
  it("are refused at validate, on the attribute, in resources, nested blocks and data sources", async () => {
    const h = runtimeHarness(provider);
    const config = h.config(ITEM, { name: "a", secret: "s3cret-value", stable: "mine", rule: [{ from: "x", status: UNKNOWN }] });
    expect(errorsOf(await h.validate(ITEM, config))).toEqual([
      expect.objectContaining({ summary: "Invalid configuration for read-only attribute", attribute: wirePath("stable") }),
      expect.objectContaining({ summary: "Invalid configuration for read-only attribute", attribute: wirePath("rule", 0, "status") }),
    ]);
    expect(errorsOf(await h.validateData("rules_lookup", { key: "k", value: "overwritten?" }))).toEqual([
      expect.objectContaining({ summary: "Invalid configuration for read-only attribute", attribute: wirePath("value") }),
    ]);
  });

  it("stay settable when optional + computed", async () => {
    const h = runtimeHarness(provider);
    expect(await h.validate(ITEM, h.config(ITEM, { name: "a", secret: "s3cret-value", observed: "mine" }))).toEqual([]);
  });
});

describe("null required arguments (e.g. a variable whose default is null)", () => {
  it("are refused at validate when known, and the validate hook does not see them", async () => {
    const h = runtimeHarness(provider);
    calls.length = 0;
    const diagnostics = await h.validate(ITEM, h.config(ITEM, { name: null, secret: "s3cret-value" }));
    expect(errorsOf(diagnostics)).toEqual([expect.objectContaining({ summary: "Missing required argument", attribute: wirePath("name") })]);
    expect(diagnostics[0]?.detail).toContain("its value is null");
    expect(calls).toEqual([]);
    expect(await h.validate(ITEM, h.config(ITEM, { name: UNKNOWN, secret: "s3cret-value" }))).toEqual([]);
  });

  it("are refused at plan once known, before the plan hook runs", async () => {
    const h = await configured();
    const { diagnostics } = await h.plan(ITEM, { config: h.config(ITEM, { name: null, secret: "s3cret-value" }) });
    expect(errorsOf(diagnostics)).toEqual([expect.objectContaining({ summary: "Missing required argument", attribute: wirePath("name") })]);
    expect(calls).toEqual([]);
  });

  it("are refused in nested blocks, in data source reads and in the provider configuration", async () => {
    const h = await configured();
    const planned = await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: "s3cret-value", rule: [{ from: null, status: null }] }) });
    expect(errorsOf(planned.diagnostics)).toEqual([expect.objectContaining({ attribute: wirePath("rule", 0, "from") })]);
    const read = await h.readData("rules_lookup", { key: null, value: null });
    expect(errorsOf(read.diagnostics)).toEqual([expect.objectContaining({ summary: "Missing required argument", attribute: wirePath("key") })]);
    const fresh = runtimeHarness(provider);
    expect(errorsOf(await fresh.configure({ region: null }))).toEqual([expect.objectContaining({ attribute: wirePath("region") })]);
    expect(calls).toEqual([]);
  });

  it("except a write-only one in the plan of an existing object (ignore_changes puts its null prior value there)", async () => {
    const h = await configured();
    const prior = { ...h.config(ITEM, { name: "a" }), id: "item-1", digest: digestOf("s3cret-value"), observed: "seen", stable: "stable-a" };
    const { diagnostics } = await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: null }), prior });
    expect(errorsOf(diagnostics)).toEqual([]);
    const created = await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: null }) });
    expect(errorsOf(created.diagnostics)).toEqual([expect.objectContaining({ attribute: wirePath("secret") })]);
  });
});

describe("validators run wherever a value becomes known", () => {
  it("at plan for a value unknown at validate, before the hook", async () => {
    const h = await configured();
    expect(await h.validate(ITEM, h.config(ITEM, { name: "a", secret: "s3cret-value", port: UNKNOWN }))).toEqual([]);
    calls.length = 0;
    const { diagnostics } = await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: "s3cret-value", port: 70000 }) });
    expect(errorsOf(diagnostics)).toEqual([expect.objectContaining({ detail: "port 70000 is above 65535", attribute: wirePath("port") })]);
    expect(calls).toEqual([]);
  });

  it("when a data source is read and when the provider is configured", async () => {
    const h = await configured();
    const read = await h.readData("rules_lookup", { key: "a b", value: null });
    expect(errorsOf(read.diagnostics)).toEqual([expect.objectContaining({ detail: 'key "a b" contains a space', attribute: wirePath("key") })]);
    expect(calls).toEqual([]);
    const fresh = runtimeHarness(provider);
    expect(errorsOf(await fresh.configure({ region: "EU" }))).toEqual([expect.objectContaining({ attribute: wirePath("region") })]);
  });

  it("warn about deprecated attributes once, at validate", async () => {
    const h = await configured();
    const config = h.config(ITEM, { name: "a", secret: "s3cret-value", legacy: "x" });
    expect(await h.validate(ITEM, config)).toEqual([expect.objectContaining({ severity: "WARNING", summary: "Deprecated attribute", attribute: wirePath("legacy") })]);
    expect((await h.plan(ITEM, { config })).diagnostics).toEqual([]);
  });
});

describe("volatile attributes survive Terraform's re-plan at apply", () => {
  const prior = (h: ReturnType<typeof runtimeHarness>, secret: string): Obj => ({ ...h.config(ITEM, { name: "a" }), id: "item-1", digest: digestOf(secret), observed: "seen", stable: "stable-a" });

  it("are unknown on create even when the hook knows them, and apply decides them", async () => {
    const h = await configured();
    const config = h.config(ITEM, { name: "a", secret: "s3cret-value" });
    const { planned } = await h.plan(ITEM, { config });
    expect(isUnknown(planned?.digest)).toBe(true);
    expect(isUnknown(planned?.observed)).toBe(true);
    expect(planned?.stable).toBe("stable-a");
    const { state, diagnostics } = await h.apply(ITEM, { config, planned });
    expect(diagnostics).toEqual([]);
    expect(state).toMatchObject({ digest: digestOf("s3cret-value"), observed: "seen", secret: null });
  });

  it("keep their prior values when the plan changes nothing", async () => {
    const h = await configured();
    const before = prior(h, "s3cret-value");
    const { planned } = await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: "s3cret-value" }), prior: before });
    expect(planned).toEqual(before);
  });

  it("become unknown on any update, even when unchanged, while a configured value stays", async () => {
    const h = await configured();
    const { planned } = await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: "s3cret-value", port: 8080, observed: "pinned" }), prior: prior(h, "s3cret-value") });
    expect(isUnknown(planned?.digest)).toBe(true);
    expect(planned?.observed).toBe("pinned");
  });

  for (const [label, priorSecret] of [
    ["create", null],
    ["update", "s3cret-value"],
  ] as const) {
    it(`${label}: a saved plan's known values hold when the re-plan sees another write-only value`, async () => {
      const h = await configured();
      const before = priorSecret === null ? null : prior(h, priorSecret);
      const pairs: [string, string][] = [
        ["rotated-value-1", "rotated-value-2"],
        ["s3cret-value", "rotated-value-2"],
        ["rotated-value-1", "s3cret-value"],
      ];
      for (const [atPlan, atApply] of pairs) {
        const first = await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: atPlan, port: 1 }), prior: before });
        const replan = await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: atApply, port: 1 }), prior: before });
        expect(knownValuesKept(first.planned as Obj, replan.planned as Obj)).toEqual([]);
      }
    });
  }

  it("are refused where they cannot work: not computed, with useStateForUnknown or a default, or nested", () => {
    const base = { create: async () => ({}), read: async () => null, delete: async () => undefined };
    const define = (attributes: Record<string, ReturnType<typeof attr.string>>, blocks = {}) =>
      defineProvider({ typeName: "p", version: "1.0.0", resources: { p_x: defineResource()({ schema: { attributes, blocks }, ...base }) } });
    expect(() => define({ a: attr.string({ optional: true, volatile: true }) })).toThrow(/volatile only applies to computed attributes/);
    expect(() => define({ a: attr.string({ computed: true, volatile: true, useStateForUnknown: true }) })).toThrow(/useStateForUnknown/);
    expect(() => define({ a: attr.string({ default: "x", volatile: true }) })).toThrow(/cannot have a default/);
    expect(() => define({}, { b: block.single({ attributes: { a: attr.string({ computed: true, volatile: true }) } }) })).toThrow(/top-level attributes only/);
  });
});

describe("write-only arguments under ignore_changes", () => {
  const priorFor = (h: ReturnType<typeof runtimeHarness>, name: string): Obj => ({ ...h.config(ITEM, { name }), id: `item-${name}`, digest: digestOf("old-secret"), observed: "seen", stable: `stable-${name}` });
  let seen: CtyValue[] = [];
  const spying = defineProvider({
    ...provider.definition,
    resources: {
      rules_item: defineResource<{ region: string }>()({
        ...(item as object),
        schema: itemSchema,
        create: item.create as never,
        read: item.read as never,
        delete: item.delete as never,
        plan(args) {
          seen.push(args.config.secret as CtyValue, args.ignoredWriteOnly.join(","));
          return item.plan?.(args as never) as never;
        },
      }),
    },
  } as never);

  beforeEach(() => {
    seen = [];
  });

  it("reach the plan hook as validated, interleaved with other instances, named in ignoredWriteOnly", async () => {
    const h = runtimeHarness(spying);
    await h.configure({ region: "eu" });
    // Terraform's order with parallel instances: validate A, validate B, plan B, plan A; each plan gets secret = null.
    expect(await h.validate(ITEM, h.config(ITEM, { name: "a", secret: "secret-of-a" }))).toEqual([]);
    expect(await h.validate(ITEM, h.config(ITEM, { name: "b", secret: "secret-of-b" }))).toEqual([]);
    await h.plan(ITEM, { config: h.config(ITEM, { name: "b", secret: null }), prior: priorFor(h, "b") });
    await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: null }), prior: priorFor(h, "a") });
    expect(seen).toEqual(["secret-of-b", "secret", "secret-of-a", "secret"]);
  });

  it("are matched through arguments that are ignored too (ignore_changes = all)", async () => {
    const h = runtimeHarness(spying);
    await h.configure({ region: "eu" });
    await h.validate(ITEM, h.config(ITEM, { name: "renamed", secret: "new-secret", port: 9 }));
    // name and port ignored as well: Terraform sends the prior ones.
    await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: null }), prior: priorFor(h, "a") });
    expect(seen).toEqual(["new-secret", "secret"]);
  });

  it("are refused by name when two instances with the same other arguments were validated with different values", async () => {
    const h = runtimeHarness(spying);
    await h.configure({ region: "eu" });
    await h.validate(ITEM, h.config(ITEM, { name: "a", secret: "secret-one" }));
    await h.validate(ITEM, h.config(ITEM, { name: "a", secret: "secret-two" }));
    const { diagnostics } = await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: null }), prior: priorFor(h, "a") });
    expect(errorsOf(diagnostics)).toEqual([expect.objectContaining({ summary: "Write-only argument hidden by ignore_changes", attribute: wirePath("secret") })]);
    expect(JSON.stringify(diagnostics)).not.toMatch(/secret-(one|two)/);
    expect(seen).toEqual([]);
  });

  it("are unknown (the type promises a value) when nothing validated them, and a plan with the value forgets its validation", async () => {
    const h = runtimeHarness(spying);
    await h.configure({ region: "eu" });
    await h.validate(ITEM, h.config(ITEM, { name: "a", secret: "secret-of-a" }));
    await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: "secret-of-a" }), prior: priorFor(h, "a") });
    await h.plan(ITEM, { config: h.config(ITEM, { name: "a", secret: null }), prior: priorFor(h, "a") });
    expect(seen).toEqual(["secret-of-a", "", UNKNOWN, "secret"]);
  });
});

describe("read", () => {
  it("keeps the state, naming the attribute, when a read hook leaves a value unknown (terraform would call it a provider bug)", async () => {
    const vague = defineProvider({
      typeName: "vague",
      version: "1.0.0",
      resources: {
        vague_x: defineResource()({
          schema: { attributes: { id: attr.string({ computed: true }), size: attr.number({ computed: true }) } },
          create: async () => ({ id: "x", size: 1 }),
          // The types forbid it; a hook written in JavaScript (or cast) can still do it.
          read: async () => ({ size: UNKNOWN }) as never,
          delete: async () => undefined,
        }),
      },
    });
    const h = runtimeHarness(vague);
    await h.configure();
    const state = { id: "x", size: 1 };
    const schema = vague.definition.resources?.vague_x?.schema ?? { attributes: {} };
    const res = await h.rt.ReadResource({ type_name: "vague_x", current_state: { msgpack: Buffer.from(encodeMsgpack(impliedType(schema), state)) } });
    expect(errorsOf(res.diagnostics)).toEqual([expect.objectContaining({ summary: "Provider left a value unknown after read", attribute: wirePath("size") })]);
    expect(decodeMsgpack(impliedType(schema), res.new_state?.msgpack ?? new Uint8Array())).toEqual(state);
  });
});

describe("state the provider cannot read, and import", () => {
  it("the flatmap message offers import only where the resource supports it", async () => {
    const h = runtimeHarness(provider);
    const flatmap = { flatmap: { id: "x" } };
    const withImport = await h.rt.UpgradeResourceState({ type_name: "rules_plain", version: 0, raw_state: flatmap });
    expect(withImport.diagnostics[0]?.detail).toContain("import it again");
    const without = await h.rt.UpgradeResourceState({ type_name: ITEM, version: 0, raw_state: flatmap });
    expect(without.diagnostics[0]?.detail).not.toContain("import it again");
    expect(without.diagnostics[0]?.detail).toContain("rules_item cannot be imported, so the next terraform apply creates it again");
    const refused = await h.rt.ImportResourceState({ type_name: ITEM, id: "x" });
    expect(refused.diagnostics[0]).toMatchObject({ summary: "Import not supported" });
    expect(refused.diagnostics[0]?.detail).toContain("let terraform apply create it");
  });
});

describe("nullsOf", () => {
  it("gives every attribute null and every block its empty shape", () => {
    const schema = {
      attributes: { a: attr.string({ optional: true }) },
      blocks: { one: block.single({ attributes: {} }), g: block.group({ attributes: { x: attr.number({ optional: true }) } }), l: block.list({ attributes: {} }), s: block.set({ attributes: {} }), m: block.map({ attributes: {} }) },
    };
    expect(nullsOf(schema)).toEqual({ a: null, one: null, g: { x: null }, l: [], s: [], m: {} });
  });
});
